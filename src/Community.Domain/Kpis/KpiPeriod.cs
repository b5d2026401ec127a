using Community.Domain.Errors;

namespace Community.Domain.Kpis;

/// <summary>A half-open period <c>[From, To)</c> in UTC, at most <see cref="MaxDays"/> days long, that KPIs are computed over.</summary>
public sealed record KpiPeriod
{
    /// <summary>The longest period one request may span.</summary>
    public const int MaxDays = 366;

    private KpiPeriod(DateTime from, DateTime to)
    {
        From = from;
        To = to;
    }

    public DateTime From { get; }

    public DateTime To { get; }

    public TimeSpan Length => To - From;

    /// <summary>The period of the same length that ends where this one starts: what a trend compares with.</summary>
    public KpiPeriod Previous => new(From - Length, From);

    /// <exception cref="DomainException"><c>KPI_PERIOD_INVALID</c> when the period ends before it starts or spans more than <see cref="MaxDays"/> days.</exception>
    public static KpiPeriod Of(DateTime from, DateTime to)
    {
        from = DateTime.SpecifyKind(from, DateTimeKind.Utc);
        to = DateTime.SpecifyKind(to, DateTimeKind.Utc);
        Guard.Against(to < from || to - from > TimeSpan.FromDays(MaxDays), new DomainError(KpiErrorCodes.PeriodInvalid,
            $"A KPI period must not end before it starts and may span at most {MaxDays} days; ask for a shorter period."));
        return new KpiPeriod(from, to);
    }

    /// <summary>How many UTC days the period touches (a partial first or last day counts as one).</summary>
    public int DaysTouched
    {
        get
        {
            if (To <= From)
            {
                return 0;
            }

            var lastDay = To == To.Date ? To.Date : To.Date.AddDays(1);
            return (int)(lastDay - From.Date).TotalDays;
        }
    }
}
