using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Runs one service operation in one transaction. On SQLite the transaction is <c>BEGIN IMMEDIATE</c>,
/// so checks and writes are not interleaved with another writer. Any failure rolls back everything
/// and clears the change tracker, so the context can be used again.
/// </summary>
internal static class UnitOfWork
{
    public static async Task<T> RunAsync<T>(CommunityDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var nested = await work();
            await db.SaveChangesAsync(cancellationToken);
            return nested;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public static Task RunAsync(CommunityDbContext db, Func<Task> work, CancellationToken cancellationToken) =>
        RunAsync(db, async () =>
        {
            await work();
            return true;
        }, cancellationToken);
}
