using Npgsql;

namespace Community.Domain.Persistence;

/// <summary>
/// Upgrades a PostgreSQL database by running the embedded scripts <c>Migrations/PostgreSql/NNNN_name.sql</c> in order.
/// Each script runs in its own transaction together with its row in <c>SchemaVersions</c>, so a failed script
/// leaves the database at the previous version. A transaction-scoped advisory lock, taken before the version is
/// read, makes API nodes starting together apply each script once.
/// </summary>
public static class PostgreSqlSchemaMigrator
{
    private const string ResourcePrefix = "Migrations.PostgreSql.";

    // Any constant shared by every node; "CGschema" in ASCII.
    private const long AdvisoryLockKey = 0x4347_7363_6865_6D61;

    public static IReadOnlyList<SchemaMigration> Migrations { get; } = SchemaScripts.Load(ResourcePrefix);

    public static int LatestVersion => Migrations[^1].Version;

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAndEnsureVersionTableAsync(connection, transaction, cancellationToken);
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(\"Version\"), 0) FROM \"SchemaVersions\"", connection, transaction);
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return version;
    }

    /// <summary>Applies every script above the database's version, up to <paramref name="targetVersion"/> (default: all).</summary>
    /// <returns>The versions applied.</returns>
    public static async Task<IReadOnlyList<int>> MigrateAsync(NpgsqlConnection connection, int? targetVersion = null,
        TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        var applied = new List<int>();
        var target = targetVersion ?? LatestVersion;
        foreach (var migration in Migrations.Where(m => m.Version <= target))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await LockAndEnsureVersionTableAsync(connection, transaction, cancellationToken);
            await using (var check = new NpgsqlCommand("SELECT COUNT(*) FROM \"SchemaVersions\" WHERE \"Version\" = @v", connection, transaction))
            {
                check.Parameters.AddWithValue("v", migration.Version);
                if (Convert.ToInt64(await check.ExecuteScalarAsync(cancellationToken)) > 0)
                {
                    continue;
                }
            }

            await using (var script = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await script.ExecuteNonQueryAsync(cancellationToken);
            }

            await using (var record = new NpgsqlCommand(
                "INSERT INTO \"SchemaVersions\" (\"Version\", \"Name\", \"AppliedAt\") VALUES (@v, @n, @t)", connection, transaction))
            {
                record.Parameters.AddWithValue("v", migration.Version);
                record.Parameters.AddWithValue("n", migration.Name);
                record.Parameters.AddWithValue("t", (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        return applied;
    }

    private static async Task LockAndEnsureVersionTableAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        CancellationToken cancellationToken)
    {
        // The lock comes first: concurrent CREATE TABLE IF NOT EXISTS can itself fail on PostgreSQL.
        await using var command = new NpgsqlCommand(
            $"SELECT pg_advisory_xact_lock({AdvisoryLockKey}); " +
            "CREATE TABLE IF NOT EXISTS \"SchemaVersions\" (\"Version\" integer NOT NULL PRIMARY KEY, \"Name\" text NOT NULL, \"AppliedAt\" timestamp with time zone NOT NULL);",
            connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
