using Community.Domain.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Community.Domain.Persistence;

/// <summary>
/// Makes a database ready at start-up: creates the SQLite file (WAL mode) or the PostgreSQL database when
/// missing, applies pending schema scripts, then seeds the demo community into an empty database.
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

        await CreatePostgreSqlDatabaseIfMissingAsync(database, cancellationToken);
        await using var postgres = await database.OpenPostgreSqlConnectionAsync(cancellationToken);
        await PostgreSqlSchemaMigrator.MigrateAsync(postgres, cancellationToken: cancellationToken);
    }

    /// <summary>As a SQLite file is created on first start, so is the PostgreSQL database (when the role may create one).</summary>
    private static async Task CreatePostgreSqlDatabaseIfMissingAsync(CommunityDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another node starting at the same time created it first.
        }
    }
}
