namespace Community.Domain.Kpis;

/// <summary>
/// A period cut into the whole UTC days it covers, <c>[FirstDay, EndDay)</c>, read from the daily roll-ups, and the
/// partial days at its ends, <c>[From, HeadEnd)</c> and <c>[TailStart, To)</c>, read from the rows themselves. A
/// period without a whole day is all ends: its head is the whole period and its tail is empty. The whole calendar
/// months among the whole days, <c>[FirstMonth, EndMonth)</c>, are what the monthly roll-ups answer for; the rest of
/// the period, <c>[From, MonthsFrom)</c> and <c>[MonthsTo, To)</c>, is read day by day or row by row.
/// </summary>
internal sealed record KpiDaySplit
{
    public KpiDaySplit(KpiPeriod period)
    {
        (From, To) = (period.From, period.To);
        var wholeFrom = From == From.Date ? From : From.Date.AddDays(1);
        var wholeTo = To.Date;
        if (wholeFrom < wholeTo)
        {
            (FirstDay, EndDay) = (DateOnly.FromDateTime(wholeFrom), DateOnly.FromDateTime(wholeTo));
            (WholeFrom, WholeTo, HeadEnd, TailStart) = (wholeFrom, wholeTo, wholeFrom, wholeTo);
        }
        else
        {
            (FirstDay, EndDay) = (DateOnly.FromDateTime(From), DateOnly.FromDateTime(From));
            (WholeFrom, WholeTo, HeadEnd, TailStart) = (From, From, To, To);
        }

        var firstMonth = FirstDay.Day == 1 ? FirstDay : new DateOnly(FirstDay.Year, FirstDay.Month, 1).AddMonths(1);
        var endMonth = new DateOnly(EndDay.Year, EndDay.Month, 1);
        if (firstMonth < endMonth)
        {
            (FirstMonth, EndMonth) = (firstMonth, endMonth);
            (MonthsFrom, MonthsTo) = (Instant(firstMonth), Instant(endMonth));
        }
        else
        {
            (FirstMonth, EndMonth) = (EndDay, EndDay);
            (MonthsFrom, MonthsTo) = (To, To);
        }
    }

    public DateTime From { get; }

    public DateTime To { get; }

    /// <summary>The first whole day.</summary>
    public DateOnly FirstDay { get; }

    /// <summary>The day after the last whole day (equal to <see cref="FirstDay"/> when there is none).</summary>
    public DateOnly EndDay { get; }

    /// <summary>Where the whole days start, as an instant (empty range when there are none).</summary>
    public DateTime WholeFrom { get; }

    /// <summary>Where the whole days end, as an instant.</summary>
    public DateTime WholeTo { get; }

    /// <summary>Where the partial first day ends.</summary>
    public DateTime HeadEnd { get; }

    /// <summary>Where the partial last day starts.</summary>
    public DateTime TailStart { get; }

    /// <summary>The first whole calendar month, as its first day.</summary>
    public DateOnly FirstMonth { get; }

    /// <summary>The first day of the month after the last whole month (equal to <see cref="FirstMonth"/> when there is none).</summary>
    public DateOnly EndMonth { get; }

    /// <summary>Where the whole months start, as an instant (<see cref="To"/> when there are none).</summary>
    public DateTime MonthsFrom { get; }

    /// <summary>Where the whole months end, as an instant (<see cref="To"/> when there are none).</summary>
    public DateTime MonthsTo { get; }

    /// <summary>The sum of <paramref name="count"/> over the partial days at the ends, <c>[a, b)</c> each; 0 without a call when there are none.</summary>
    public async Task<long> SumOverEndsAsync(Func<DateTime, DateTime, Task<long>> count)
    {
        var sum = 0L;
        if (From < HeadEnd)
        {
            sum += await count(From, HeadEnd);
        }

        if (TailStart < To)
        {
            sum += await count(TailStart, To);
        }

        return sum;
    }

    /// <summary>Whether the period is whole days only, so nothing is read from the rows of its ends.</summary>
    public bool IsWholeDays => From == WholeFrom && To == WholeTo && From < To;

    private static DateTime Instant(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
