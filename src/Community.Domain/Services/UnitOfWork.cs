using System.Data;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Runs one service operation in one transaction, as if no other writer ran at the same time.
/// On SQLite the transaction is <c>BEGIN IMMEDIATE</c>: writers queue, so checks and writes are never
/// interleaved. On PostgreSQL writers run concurrently, so the transaction is SERIALIZABLE and an
/// operation that loses a race (<see cref="WriteConflicts"/>) is rolled back and run again from the start,
/// where its checks see the winner's rows. Any failure rolls back everything and clears the change
/// tracker, so the database is unchanged and the context can be used again.
/// </summary>
internal static class UnitOfWork
{
    private const int MaxAttempts = 6;

    public static async Task<T> RunAsync<T>(CommunityDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var nested = await work();
            await db.SaveChangesAsync(cancellationToken);
            return nested;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AttemptAsync(db, work, cancellationToken);
            }
            catch (Exception error) when (attempt < MaxAttempts && WriteConflicts.IsRetryable(error))
            {
                // A short, growing, jittered pause, so racers that collided do not collide again in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken);
            }
        }
    }

    public static Task RunAsync(CommunityDbContext db, Func<Task> work, CancellationToken cancellationToken) =>
        RunAsync(db, async () =>
        {
            await work();
            return true;
        }, cancellationToken);

    private static async Task<T> AttemptAsync<T>(CommunityDbContext db, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await using var transaction = db.Database.IsNpgsql()
            ? await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken)
            : await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch
        {
            // Disposing the transaction rolls it back (also after a failed commit, where an explicit rollback would throw).
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
