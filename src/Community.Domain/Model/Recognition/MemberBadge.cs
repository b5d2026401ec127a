namespace Community.Domain.Model;

/// <summary>A badge a member has earned, and the praise that brought it.</summary>
public sealed class MemberBadge
{
    private MemberBadge()
    {
    }

    internal MemberBadge(long memberId, long badgeId, Praise? praise, DateTime awardedAt)
    {
        MemberId = memberId;
        BadgeId = badgeId;
        Praise = praise;
        AwardedAt = awardedAt;
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    public long BadgeId { get; private set; }

    public long? PraiseId { get; private set; }

    public DateTime AwardedAt { get; private set; }

    public Badge Badge { get; private set; } = null!;

    public Praise? Praise { get; private set; }
}
