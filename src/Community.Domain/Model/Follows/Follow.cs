namespace Community.Domain.Model;

/// <summary>A member following another member's activity.</summary>
public sealed class Follow
{
    private Follow()
    {
    }

    internal Follow(long followerId, long followeeId, DateTime createdAt)
    {
        FollowerId = followerId;
        FolloweeId = followeeId;
        CreatedAt = createdAt;
    }

    public long FollowerId { get; private set; }

    public long FolloweeId { get; private set; }

    public DateTime CreatedAt { get; private set; }
}
