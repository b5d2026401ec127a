using System.Data;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Kpis;

/// <summary>How the KPI statements run on each provider.</summary>
internal static class KpiReads
{
    /// <summary>
    /// On PostgreSQL, runs <paramref name="read"/> in one read-only repeatable-read transaction, so every figure of a
    /// report comes from the same snapshot, with JIT compilation off: the KPI statements are estimated as costly
    /// (many correlated seeks) but run in milliseconds, and compiling them took longer than running them. On SQLite,
    /// and inside a transaction the caller opened, <paramref name="read"/> runs as it is.
    /// </summary>
    public static async Task<T> InOneSnapshotAsync<T>(CommunityDbContext db, Func<Task<T>> read, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql() || db.Database.CurrentTransaction is not null)
        {
            return await read();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY; SET LOCAL jit = off", cancellationToken);
        var result = await read();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }
}
