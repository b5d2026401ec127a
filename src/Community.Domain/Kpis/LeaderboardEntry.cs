namespace Community.Domain.Kpis;

/// <summary>A member's place by points earned in a period; equal points share a rank (1, 2, 2, 4).</summary>
public sealed record LeaderboardEntry(int Rank, long MemberId, long Points);
