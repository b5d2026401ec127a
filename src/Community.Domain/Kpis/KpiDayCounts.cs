namespace Community.Domain.Kpis;

/// <summary>The sums of the daily totals over a period's whole days (see <see cref="Model.KpiDayTotal"/>).</summary>
internal sealed record KpiDayCounts(long ActiveMembers, long Posts, long Views, long Comments, long Reactions)
{
    public static KpiDayCounts None { get; } = new(0, 0, 0, 0, 0);
}
