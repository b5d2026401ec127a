namespace Community.Domain.Model;

/// <summary>
/// A place in the outbox's delivery order: rows are delivered by transaction id, then id
/// (the transaction id is always 0 on SQLite, where the id alone orders them).
/// </summary>
public readonly record struct OutboxPosition(long TransactionId, long Id) : IComparable<OutboxPosition>
{
    public static OutboxPosition Start => new(0, 0);

    public int CompareTo(OutboxPosition other) =>
        TransactionId != other.TransactionId ? TransactionId.CompareTo(other.TransactionId) : Id.CompareTo(other.Id);

    public static bool operator <(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(OutboxPosition left, OutboxPosition right) => left.CompareTo(right) >= 0;
}
