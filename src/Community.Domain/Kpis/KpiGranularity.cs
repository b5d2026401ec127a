namespace Community.Domain.Kpis;

/// <summary>The width of a series' buckets: a day, an ISO week (Monday first) or a calendar month, in the series' time zone.</summary>
public enum KpiGranularity
{
    Day,
    Week,
    Month,
}
