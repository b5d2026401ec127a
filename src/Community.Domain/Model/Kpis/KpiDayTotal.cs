namespace Community.Domain.Model;

/// <summary>
/// What happened on one UTC day, as counted when it was written: members active that day, posts published (by
/// publication time), post views, comments written and reactions given. Database triggers append each count to
/// <see cref="KpiDayDelta"/>; folding adds the deltas into these totals, so a day's figure is its total plus its
/// deltas not folded yet. Later deletions and withdrawals are not subtracted here.
/// </summary>
public sealed class KpiDayTotal
{
    private KpiDayTotal()
    {
    }

    public DateOnly Day { get; private set; }

    public long ActiveMembers { get; private set; }

    public long Posts { get; private set; }

    public long Views { get; private set; }

    public long Comments { get; private set; }

    public long Reactions { get; private set; }
}
