using Community.Domain.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Persistence;

/// <summary>
/// Makes a database ready at start-up: creates the SQLite file (WAL mode) and applies pending
/// schema scripts (or the PostgreSQL ones to a database that exists); then seeds the demo community into an empty database.
/// </summary>
public static class CommunityDatabaseInitializer
{
    public static async Task InitializeAsync(CommunityDatabase database, bool seedDemoWhenEmpty = true,
        IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(database, cancellationToken);
        if (seedDemoWhenEmpty)
        {
            await using var db = database.CreateContext();
            if (!await db.Members.AnyAsync(cancellationToken))
            {
                await new SeedGenerator(database).SeedAsync(SeedSize.Demo, SeedOptions.Default, progress, cancellationToken);
            }
        }
    }

    /// <summary>Creates or upgrades the schema without adding data.</summary>
    public static async Task MigrateAsync(CommunityDatabase database, CancellationToken cancellationToken = default)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.GetDirectoryName(database.FullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            await using var connection = database.OpenSqliteConnection();
            await using (var wal = connection.CreateCommand())
            {
                // WAL is a property of the file: readers never block the writer, and it persists across opens.
                wal.CommandText = "PRAGMA journal_mode = WAL;";
                await wal.ExecuteNonQueryAsync(cancellationToken);
            }

            SqliteSchemaMigrator.Migrate(connection);
            return;
        }

        await using var postgres = await database.OpenPostgreSqlConnectionAsync(cancellationToken);
        await PostgreSqlSchemaMigrator.MigrateAsync(postgres, cancellationToken: cancellationToken);
    }
}
