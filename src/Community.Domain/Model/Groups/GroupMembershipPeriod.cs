namespace Community.Domain.Model;

/// <summary>
/// A stretch of time a member belonged to a group, from <see cref="JoinedAt"/> until <see cref="LeftAt"/> (null: still
/// does). <see cref="GroupMembership"/> holds only who belongs now and is removed on leaving; these rows keep the
/// past, so group breakdowns are taken as at any date. A member who leaves and joins again has two periods.
/// </summary>
public sealed class GroupMembershipPeriod
{
    private GroupMembershipPeriod()
    {
    }

    internal GroupMembershipPeriod(long groupId, long memberId, DateTime joinedAt)
    {
        GroupId = groupId;
        MemberId = memberId;
        JoinedAt = joinedAt;
    }

    public long Id { get; private set; }

    public long GroupId { get; private set; }

    public long MemberId { get; private set; }

    public DateTime JoinedAt { get; private set; }

    public DateTime? LeftAt { get; private set; }

    internal void Leave(DateTime now) => LeftAt ??= now;
}
