namespace Community.Domain.Model;

/// <summary>
/// One count towards a day's <see cref="KpiDayTotal"/>, appended by a database trigger in the transaction that
/// writes the counted row. Writers only ever insert these, so no two transactions wait on a shared counter; folding
/// moves them into the totals in the background.
/// </summary>
public sealed class KpiDayDelta
{
    private KpiDayDelta()
    {
    }

    public long Id { get; private set; }

    public DateOnly Day { get; private set; }

    public long ActiveMembers { get; private set; }

    public long Posts { get; private set; }

    public long Views { get; private set; }

    public long Comments { get; private set; }

    public long Reactions { get; private set; }
}
