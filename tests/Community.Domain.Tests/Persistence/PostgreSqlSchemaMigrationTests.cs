using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Community.Domain.Tests.Persistence;

[PostgreSqlTests]
public sealed class PostgreSqlSchemaMigrationTests
{
    [DatabaseFact]
    public async Task The_scripts_build_the_schema_the_EF_model_expects()
    {
        using var scripted = await PostgreSqlTestDatabase.MigratedAsync();
        using var modelled = PostgreSqlTestDatabase.Create();
        await using (var context = modelled.NewContext())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var expected = Describe(modelled);
        var actual = Describe(scripted);

        Assert.Equal(expected.Keys.Order(), actual.Keys.Where(t => t != "SchemaVersions").Order());
        foreach (var (table, description) in expected)
        {
            // The table's name leads each side, so a failure says which table differs.
            Assert.Equal($"{table}\n{description}", $"{table}\n{actual[table]}");
        }
    }

    [DatabaseFact]
    public async Task Migrating_twice_applies_nothing_the_second_time()
    {
        using var database = await PostgreSqlTestDatabase.MigratedAsync();
        await using var connection = database.OpenConnection();

        Assert.Empty(await PostgreSqlSchemaMigrator.MigrateAsync(connection));
        Assert.Equal(PostgreSqlSchemaMigrator.LatestVersion, await PostgreSqlSchemaMigrator.CurrentVersionAsync(connection));
        Assert.Equal(PostgreSqlSchemaMigrator.Migrations.Count, database.Scalar("SELECT COUNT(*) FROM \"SchemaVersions\""));
    }

    [DatabaseFact]
    public async Task Nodes_starting_together_apply_each_script_once()
    {
        using var database = PostgreSqlTestDatabase.Create();

        var starts = Enumerable.Range(0, 4).Select(_ => Task.Run(() => CommunityDatabaseInitializer.MigrateAsync(database.Database)));
        await Task.WhenAll(starts);

        Assert.Equal(PostgreSqlSchemaMigrator.Migrations.Count, database.Scalar("SELECT COUNT(*) FROM \"SchemaVersions\""));
        Assert.Equal(PostgreSqlSchemaMigrator.LatestVersion, database.Scalar("SELECT MAX(\"Version\") FROM \"SchemaVersions\""));
    }

    [DatabaseFact]
    public async Task Start_up_creates_a_missing_database_and_its_schema()
    {
        using var existing = PostgreSqlTestDatabase.Create();
        var missing = new NpgsqlConnectionStringBuilder(existing.Database.ConnectionString) { Database = $"community_test_{Guid.NewGuid():N}" };
        var database = existing.Database with { ConnectionString = missing.ToString() };
        try
        {
            await CommunityDatabaseInitializer.InitializeAsync(database, seedDemoWhenEmpty: false);

            await using var context = database.CreateContext();
            Assert.Equal(0, await context.Members.CountAsync());
            await using var connection = await database.OpenPostgreSqlConnectionAsync();
            Assert.Equal(PostgreSqlSchemaMigrator.LatestVersion, await PostgreSqlSchemaMigrator.CurrentVersionAsync(connection));
        }
        finally
        {
            PostgreSqlTestServer.DropDatabase(database.ConnectionString!);
        }
    }

    [DatabaseFact]
    public async Task A_failing_script_leaves_the_database_at_the_previous_version()
    {
        using var database = PostgreSqlTestDatabase.Create();
        await using (var connection = database.OpenConnection())
        {
            Assert.Equal([1], await PostgreSqlSchemaMigrator.MigrateAsync(connection, targetVersion: 1));
        }

        // A table version 2 is about to create already exists: its script fails halfway.
        database.Execute("CREATE TABLE \"Surveys\" (\"Id\" bigint)");
        await Assert.ThrowsAsync<PostgresException>(() => CommunityDatabaseInitializer.MigrateAsync(database.Database));

        Assert.Equal(1, database.Scalar("SELECT MAX(\"Version\") FROM \"SchemaVersions\""));
        Assert.Equal(0, database.Scalar(
            "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'Events' AND column_name = 'TimeZone'"));
    }

    [DatabaseFact]
    public async Task Upgrading_a_version_1_database_keeps_its_data_and_adds_the_new_schema()
    {
        using var database = PostgreSqlTestDatabase.Create();
        await using (var connection = database.OpenConnection())
        {
            Assert.Equal([1], await PostgreSqlSchemaMigrator.MigrateAsync(connection, targetVersion: 1));
        }

        database.Execute("""
            INSERT INTO "Members" ("Id", "ExternalId", "Handle", "Email", "DisplayName", "Skills", "Role", "Kind", "IsEnabled", "CreatedAt", "InvitedAt")
            VALUES (1, 'sub-1', 'ada', 'ada@example.com', 'Ada', '{C#}', 0, 0, true, '2025-01-01 10:00:00+00', '2025-01-01 10:00:00+00');
            INSERT INTO "Groups" ("Id", "Name", "Description", "Visibility", "CreatedById", "CreatedAt") VALUES (1, 'Makers', '', 0, 1, '2025-01-01 10:00:00+00');
            INSERT INTO "GroupMemberships" ("GroupId", "MemberId", "Role", "JoinedAt") VALUES (1, 1, 2, '2025-01-01 10:00:00+00');
            INSERT INTO "Posts" ("Id", "GroupId", "AuthorId", "Kind", "Body", "CreatedAt", "PublishedAt", "IsPinned") VALUES (1, 1, 1, 0, 'Before the upgrade', '2025-01-02 10:00:00+00', '2025-01-02 10:00:00+00', false);
            INSERT INTO "Events" ("Id", "GroupId", "OrganizerId", "Title", "Description", "StartsAt", "EndsAt", "Format", "Location", "OnlineUrl", "Capacity", "WaitlistEnabled", "RegisteredCount", "CreatedAt")
            VALUES (1, 1, 1, 'Kick-off', '', '2025-02-01 10:00:00+00', '2025-02-01 11:00:00+00', 0, 'Paris', '', 10, true, 0, '2025-01-02 10:00:00+00');
            INSERT INTO "ActivityEntries" ("Id", "MemberId", "Kind", "OccurredAt", "GroupId", "PostId") VALUES (1, 1, 1, '2025-01-02 10:00:00+00', 1, 1);
            """);
        Assert.Equal(0, database.Scalar("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'Surveys'"));

        await CommunityDatabaseInitializer.InitializeAsync(database.Database, seedDemoWhenEmpty: true);

        await using var context = database.NewContext();
        await VersionOneUpgradeChecks.AssertDataSurvivedAsync(context);
        Assert.Equal(PostgreSqlSchemaMigrator.LatestVersion, database.Scalar("SELECT MAX(\"Version\") FROM \"SchemaVersions\""));
    }

    [DatabaseFact]
    public async Task The_activity_log_and_points_ledger_are_append_only()
    {
        using var database = await PostgreSqlTestDatabase.MigratedAsync();
        database.Execute("""
            INSERT INTO "Members" ("Id", "ExternalId", "Handle", "Email", "DisplayName", "Skills", "Role", "Kind", "IsEnabled", "CreatedAt", "InvitedAt")
            VALUES (1, 'sub-1', 'ada', 'ada@example.com', 'Ada', '{}', 0, 0, true, '2025-01-01 10:00:00+00', '2025-01-01 10:00:00+00');
            INSERT INTO "ActivityEntries" ("Id", "MemberId", "Kind", "OccurredAt") VALUES (1, 1, 0, '2025-01-02 10:00:00+00');
            INSERT INTO "PointsEntries" ("Id", "MemberId", "Points", "Reason", "OccurredAt") VALUES (1, 1, 10, 0, '2025-01-02 10:00:00+00');
            """);

        Assert.Throws<PostgresException>(() => database.Execute("UPDATE \"ActivityEntries\" SET \"Kind\" = 2"));
        Assert.Throws<PostgresException>(() => database.Execute("DELETE FROM \"PointsEntries\""));
        Assert.Equal(1, database.Scalar("SELECT COUNT(*) FROM \"PointsEntries\""));
    }

    private static Dictionary<string, string> Describe(PostgreSqlTestDatabase database) =>
        database.Tables().ToDictionary(t => t, t =>
            // Column order and defaults may differ (ALTER TABLE appends); names, types, nullability and identity may not.
            // The search index's generated columns and their indexes live outside the EF model.
            Lines(database, $"""
                SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity FROM pg_attribute a
                WHERE a.attrelid = '"{t}"'::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attname <> 'SearchVector'
                """)
            + "\n--indexes\n" + Lines(database, $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '{t}' AND indexname NOT LIKE '%SearchVector'")
            + "\n--constraints\n" + Lines(database, $"SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = '\"{t}\"'::regclass"));

    private static string Lines(TestDatabase database, string sql) =>
        string.Join("\n", database.Query(sql).Select(row => string.Join("|", row)).Order(StringComparer.Ordinal));
}
