namespace Community.Domain.Model;

/// <summary>A member's place in a group; at most one per member and group.</summary>
public sealed class GroupMembership
{
    private GroupMembership()
    {
    }

    public GroupMembership(long groupId, long memberId, GroupRole role, DateTime joinedAt)
    {
        GroupId = groupId;
        MemberId = memberId;
        Role = role;
        JoinedAt = joinedAt;
    }

    public long GroupId { get; private set; }

    public long MemberId { get; private set; }

    public GroupRole Role { get; private set; }

    public DateTime JoinedAt { get; private set; }

    public Group Group { get; private set; } = null!;

    public Member Member { get; private set; } = null!;

    /// <summary>Owners and group moderators may pin, edit and remove within the group.</summary>
    public bool CanModerate => Role is GroupRole.Owner or GroupRole.Moderator;

    public void ChangeRole(GroupRole role) => Role = role;
}
