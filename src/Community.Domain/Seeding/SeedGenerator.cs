using System.Diagnostics;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Seeding;

/// <summary>
/// Fills an empty database with a deterministic community: the same size, seed and anchor always give
/// the same rows. Writes on the context's own connection with batched, prepared ADO.NET inserts (SQLite)
/// or binary COPY (PostgreSQL).
/// </summary>
public sealed class SeedGenerator(CommunityDatabase database, TimeProvider? clock = null)
{
    public async Task<SeedReport> SeedAsync(SeedSize size, SeedOptions? options = null, IProgress<SeedProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        options ??= SeedOptions.Default;
        var stopwatch = Stopwatch.StartNew();
        await using var db = database.CreateContext();
        if (await db.Members.AnyAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database already has members; seed into a new or empty database.");
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var sqlite = database.Provider == DatabaseProvider.Sqlite;
        try
        {
            if (sqlite)
            {
                // A large page cache keeps the primary keys, updated in random order, off the disk.
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;", cancellationToken);
            }

            var connection = db.Database.GetDbConnection();
            var run = new SeedRun(connection, size, options.RandomSeed, options.AnchorTime(clock ?? TimeProvider.System),
                database.Provider == DatabaseProvider.PostgreSql, progress, cancellationToken);
            var rows = await Task.Run(() =>
            {
                var indexes = sqlite ? DeferredIndexes.Drop(connection) : null;
                try
                {
                    return run.Execute();
                }
                finally
                {
                    indexes?.Rebuild(connection, progress);
                }
            }, cancellationToken);
            // The KPI day deltas the triggers appended, added into one total per day.
            await new Kpis.KpiDayFolder(db).FoldAsync(cancellationToken: cancellationToken);
            if (sqlite)
            {
                // Fold the write-ahead log into the file, and give the query planner statistics.
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
            }

            return new SeedReport(rows, stopwatch.Elapsed);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
