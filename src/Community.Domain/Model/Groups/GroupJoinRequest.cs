namespace Community.Domain.Model;

/// <summary>
/// A member asking to join a group they may see but not join by themself (a private group); one per
/// member and group, renewed when asked again after a refusal.
/// </summary>
public sealed class GroupJoinRequest
{
    private GroupJoinRequest()
    {
    }

    internal GroupJoinRequest(long groupId, long memberId, DateTime requestedAt)
    {
        GroupId = groupId;
        MemberId = memberId;
        Status = JoinRequestStatus.Pending;
        RequestedAt = requestedAt;
    }

    public long Id { get; private set; }

    public long GroupId { get; private set; }

    public long MemberId { get; private set; }

    public JoinRequestStatus Status { get; private set; }

    /// <summary>When the member last asked.</summary>
    public DateTime RequestedAt { get; private set; }

    /// <summary>When an owner or moderator approved or refused the request; null while pending.</summary>
    public DateTime? DecidedAt { get; private set; }

    /// <summary>Who approved or refused the request; null while pending.</summary>
    public long? DecidedById { get; private set; }

    internal void Renew(DateTime now)
    {
        Status = JoinRequestStatus.Pending;
        RequestedAt = now;
        DecidedAt = null;
        DecidedById = null;
    }

    internal void Decide(JoinRequestStatus status, long deciderId, DateTime now)
    {
        Status = status;
        DecidedAt = now;
        DecidedById = deciderId;
    }
}
