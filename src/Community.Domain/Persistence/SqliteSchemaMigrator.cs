using Microsoft.Data.Sqlite;

namespace Community.Domain.Persistence;

/// <summary>
/// Upgrades a SQLite file by running the embedded scripts <c>Migrations/Sqlite/NNNN_name.sql</c> in order.
/// Each script runs in its own write transaction together with its row in <c>SchemaVersions</c>, so a
/// failed script leaves the file at the previous version, and two processes starting at once apply it once.
/// </summary>
public static class SqliteSchemaMigrator
{
    private const string ResourcePrefix = "Migrations.Sqlite.";

    public static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaScripts.Load(ResourcePrefix);

    public static int LatestVersion => Migrations[^1].Version;

    public static int CurrentVersion(SqliteConnection connection)
    {
        EnsureVersionTable(connection, null);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(\"Version\"), 0) FROM \"SchemaVersions\"";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    /// <summary>Applies every script above the file's version, up to <paramref name="targetVersion"/> (default: all).</summary>
    /// <returns>The versions applied.</returns>
    public static IReadOnlyList<int> Migrate(SqliteConnection connection, int? targetVersion = null, TimeProvider? clock = null)
    {
        var applied = new List<int>();
        var target = targetVersion ?? LatestVersion;
        foreach (var migration in Migrations.Where(m => m.Version <= target))
        {
            // BEGIN IMMEDIATE: take the write lock before reading the version, so concurrent starts serialize.
            using var transaction = connection.BeginTransaction(deferred: false);
            EnsureVersionTable(connection, transaction);
            if (IsApplied(connection, transaction, migration.Version))
            {
                continue;
            }

            using (var script = connection.CreateCommand())
            {
                script.Transaction = transaction;
                script.CommandText = migration.Sql;
                script.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO \"SchemaVersions\" (\"Version\", \"Name\", \"AppliedAt\") VALUES ($v, $n, $t)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$n", migration.Name);
                record.Parameters.AddWithValue("$t", (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            applied.Add(migration.Version);
        }

        return applied;
    }

    private static void EnsureVersionTable(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "CREATE TABLE IF NOT EXISTS \"SchemaVersions\" (\"Version\" INTEGER NOT NULL PRIMARY KEY, \"Name\" TEXT NOT NULL, \"AppliedAt\" TEXT NOT NULL)";
        command.ExecuteNonQuery();
    }

    private static bool IsApplied(SqliteConnection connection, SqliteTransaction transaction, int version)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM \"SchemaVersions\" WHERE \"Version\" = $v";
        command.Parameters.AddWithValue("$v", version);
        return Convert.ToInt64(command.ExecuteScalar()) > 0;
    }
}
