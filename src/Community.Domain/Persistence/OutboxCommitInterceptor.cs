using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Domain.Persistence;

/// <summary>Raises <see cref="OutboxCommitSignal"/> after a commit of a context that wrote outbox rows in that transaction.</summary>
internal sealed class OutboxCommitInterceptor(OutboxCommitSignal signal) : DbTransactionInterceptor
{
    // A transaction abandoned without a rollback (disposed) leaves the flag set: each new one starts clear.
    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData);
        return result;
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
        DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Committed(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    private void Committed(TransactionEventData eventData)
    {
        if (eventData.Context is CommunityDbContext { WroteOutboxRows: true } context)
        {
            context.WroteOutboxRows = false;
            signal.Raise();
        }
    }

    private static void Forget(TransactionEventData eventData)
    {
        if (eventData.Context is CommunityDbContext context)
        {
            context.WroteOutboxRows = false;
        }
    }
}
