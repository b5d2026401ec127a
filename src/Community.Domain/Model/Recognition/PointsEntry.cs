namespace Community.Domain.Model;

/// <summary>A line of the append-only points ledger; a member's score is the sum of their lines.</summary>
public sealed class PointsEntry
{
    private PointsEntry()
    {
    }

    internal PointsEntry(long memberId, int points, PointsReason reason, long? sourceId, DateTime occurredAt)
    {
        MemberId = memberId;
        Points = points;
        Reason = reason;
        SourceId = sourceId;
        OccurredAt = occurredAt;
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    public int Points { get; private set; }

    public PointsReason Reason { get; private set; }

    /// <summary>The id of the post, comment, reaction, praise or registration that earned the points.</summary>
    public long? SourceId { get; private set; }

    public DateTime OccurredAt { get; private set; }
}
