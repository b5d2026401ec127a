namespace Community.Domain.Model;

/// <summary>A member's confirmation that they read an announcement that asks for it; at most one per member and post.</summary>
public sealed class PostAcknowledgement
{
    private PostAcknowledgement()
    {
    }

    internal PostAcknowledgement(long postId, long memberId, DateTime acknowledgedAt)
    {
        PostId = postId;
        MemberId = memberId;
        AcknowledgedAt = acknowledgedAt;
    }

    public long Id { get; private set; }

    public long PostId { get; private set; }

    public long MemberId { get; private set; }

    public DateTime AcknowledgedAt { get; private set; }
}
