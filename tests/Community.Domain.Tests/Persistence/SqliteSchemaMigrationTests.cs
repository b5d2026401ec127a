using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Persistence;

public sealed class SqliteSchemaMigrationTests
{
    [Fact]
    public async Task The_scripts_build_the_schema_the_EF_model_expects()
    {
        using var scripted = await SqliteTestDatabase.MigratedAsync();
        using var modelled = SqliteTestDatabase.Create();
        await using (var context = modelled.NewContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var expected = Describe(modelled);
        var actual = Describe(scripted);

        // The search index's FTS5 tables (and their shadow tables) live outside the EF model.
        Assert.Equal(expected.Keys.Order(), actual.Keys.Where(t => t != "SchemaVersions" && !t.StartsWith("Search", StringComparison.Ordinal)).Order());
        foreach (var (table, description) in expected)
        {
            Assert.Equal(description, actual[table]);
        }
    }

    [Fact]
    public async Task A_new_file_is_created_in_WAL_mode_with_foreign_keys_on()
    {
        using var database = SqliteTestDatabase.Create("nested/folder/community.db");
        await CommunityDatabaseInitializer.MigrateAsync(database.Database);

        using var connection = database.OpenConnection();
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
        Assert.Equal(1L, Convert.ToInt64(Pragma(connection, "foreign_keys")));
        Assert.True(Convert.ToInt64(Pragma(connection, "busy_timeout")) > 0);
        Assert.Equal(SqliteSchemaMigrator.LatestVersion, SqliteSchemaMigrator.CurrentVersion(connection));

        await using var context = database.NewContext();
        await context.Database.OpenConnectionAsync();
        Assert.Equal(1L, Convert.ToInt64(Pragma((SqliteConnection)context.Database.GetDbConnection(), "foreign_keys")));
    }

    [Fact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        using var connection = database.OpenConnection();

        Assert.Empty(SqliteSchemaMigrator.Migrate(connection));
        Assert.Equal(SqliteSchemaMigrator.Migrations.Count, database.Scalar("SELECT COUNT(*) FROM SchemaVersions"));
    }

    [Fact]
    public async Task Upgrading_a_version_1_file_keeps_its_data_and_adds_the_new_schema()
    {
        using var database = SqliteTestDatabase.Create();
        using (var connection = database.OpenConnection())
        {
            Assert.Equal([1], SqliteSchemaMigrator.Migrate(connection, targetVersion: 1));
            Execute(connection, """
                INSERT INTO Members (Id, ExternalId, Handle, Email, DisplayName, Skills, Role, Kind, IsEnabled, CreatedAt, InvitedAt)
                VALUES (1, 'sub-1', 'ada', 'ada@example.com', 'Ada', '["C#"]', 0, 0, 1, '2025-01-01 10:00:00', '2025-01-01 10:00:00');
                INSERT INTO Groups (Id, Name, Description, Visibility, CreatedById, CreatedAt) VALUES (1, 'Makers', '', 0, 1, '2025-01-01 10:00:00');
                INSERT INTO GroupMemberships (GroupId, MemberId, Role, JoinedAt) VALUES (1, 1, 2, '2025-01-01 10:00:00');
                INSERT INTO Posts (Id, GroupId, AuthorId, Kind, Body, CreatedAt, PublishedAt, IsPinned) VALUES (1, 1, 1, 0, 'Before the upgrade', '2025-01-02 10:00:00', '2025-01-02 10:00:00', 0);
                INSERT INTO Events (Id, GroupId, OrganizerId, Title, Description, StartsAt, EndsAt, Format, Location, OnlineUrl, Capacity, WaitlistEnabled, RegisteredCount, CreatedAt)
                VALUES (1, 1, 1, 'Kick-off', '', '2025-02-01 10:00:00', '2025-02-01 11:00:00', 0, 'Paris', '', 10, 1, 0, '2025-01-02 10:00:00');
                INSERT INTO ActivityEntries (Id, MemberId, Kind, OccurredAt, GroupId, PostId) VALUES (1, 1, 1, '2025-01-02 10:00:00', 1, 1);
                """);
            Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE name = 'Surveys'"));
        }

        await CommunityDatabaseInitializer.InitializeAsync(database.Database, seedDemoWhenEmpty: true);

        await using var context = database.NewContext();
        await VersionOneUpgradeChecks.AssertDataSurvivedAsync(context);
        Assert.Equal(SqliteSchemaMigrator.LatestVersion, database.Scalar("SELECT MAX(Version) FROM SchemaVersions"));
    }

    [Fact]
    public async Task The_activity_log_and_points_ledger_are_append_only()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        using var connection = database.OpenConnection();
        Execute(connection, """
            INSERT INTO Members (Id, ExternalId, Handle, Email, DisplayName, Skills, Role, Kind, IsEnabled, CreatedAt, InvitedAt)
            VALUES (1, 'sub-1', 'ada', 'ada@example.com', 'Ada', '[]', 0, 0, 1, '2025-01-01 10:00:00', '2025-01-01 10:00:00');
            INSERT INTO ActivityEntries (Id, MemberId, Kind, OccurredAt) VALUES (1, 1, 0, '2025-01-02 10:00:00');
            INSERT INTO PointsEntries (Id, MemberId, Points, Reason, OccurredAt) VALUES (1, 1, 10, 0, '2025-01-02 10:00:00');
            """);

        Assert.Throws<SqliteException>(() => Execute(connection, "UPDATE ActivityEntries SET Kind = 2"));
        Assert.Throws<SqliteException>(() => Execute(connection, "DELETE FROM PointsEntries"));

        await using var context = database.NewContext();
        context.ActivityEntries.Remove(await context.ActivityEntries.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    private static Dictionary<string, string> Describe(SqliteTestDatabase database)
    {
        using var connection = database.OpenConnection();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.ToDictionary(t => t, t =>
            // Column order and defaults may differ (ALTER TABLE appends); names, types, nullability, keys may not.
            string.Join("\n", Rows(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{t}')").Order())
            + "\n--indexes\n" + string.Join("\n", Rows(connection,
                $"SELECT il.name, il.\"unique\", (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)), (SELECT sql FROM sqlite_master WHERE name = il.name) FROM pragma_index_list('{t}') il").Order())
            + "\n--foreign keys\n" + string.Join("\n", Rows(connection,
                $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{t}')").Order()));
    }

    private static IEnumerable<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : reader.GetValue(i).ToString())));
        }

        return rows;
    }

    private static object? Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
