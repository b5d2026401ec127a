namespace Community.Domain.Kpis;

/// <summary>
/// What members flagged as leaders published in a period: their posts and comments (counted as the figures count
/// them) and their reach, the distinct other members who viewed any of their posts in the period.
/// </summary>
public sealed record KpiLeadership(long Posts, long Comments, long Reach)
{
    public static KpiLeadership None { get; } = new(0, 0, 0);
}
