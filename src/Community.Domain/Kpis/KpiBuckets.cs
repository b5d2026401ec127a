namespace Community.Domain.Kpis;

/// <summary>Cuts a period into the days, ISO weeks or calendar months of a time zone, as UTC instants clipped to the period.</summary>
public static class KpiBuckets
{
    public static IReadOnlyList<KpiPeriod> Of(KpiPeriod period, KpiGranularity granularity, TimeZoneInfo zone)
    {
        var buckets = new List<KpiPeriod>();
        var local = TimeZoneInfo.ConvertTimeFromUtc(period.From, zone);
        var start = granularity switch
        {
            KpiGranularity.Day => local.Date,
            KpiGranularity.Week => local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
            _ => new DateTime(local.Year, local.Month, 1),
        };
        var from = period.From;
        while (from < period.To)
        {
            var next = granularity switch
            {
                KpiGranularity.Day => start.AddDays(1),
                KpiGranularity.Week => start.AddDays(7),
                _ => start.AddMonths(1),
            };
            var to = Min(ToUtc(next, zone), period.To);
            if (to > from)
            {
                buckets.Add(KpiPeriod.Of(from, to));
                from = to;
            }

            start = next;
        }

        return buckets;
    }

    /// <summary>A local wall-clock time as UTC; a time skipped by a clock change is taken an hour later.</summary>
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
