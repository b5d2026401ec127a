namespace Community.Domain.Persistence;

/// <summary>
/// Raised in-process when a transaction that wrote outbox rows commits, so that this process's
/// dispatcher reads them at once instead of at its next poll. Other processes learn of them
/// through PostgreSQL's NOTIFY (or their poll).
/// </summary>
public sealed class OutboxCommitSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Wakes every current waiter.</summary>
    public void Raise() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    /// <summary>
    /// Completes at the next <see cref="Raise"/>. Take it before reading the outbox, then wait on it: a
    /// commit during the read then wakes the reader again instead of being missed.
    /// </summary>
    public Task Next => Volatile.Read(ref _next).Task;

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
