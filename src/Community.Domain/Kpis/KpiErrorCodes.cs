namespace Community.Domain.Kpis;

/// <summary>The codes KPI requests are refused with (as GraphQL errors, since KPIs are queries, not mutations).</summary>
public static class KpiErrorCodes
{
    /// <summary>A period that ends before it starts or spans more than <see cref="KpiPeriod.MaxDays"/> days.</summary>
    public const string PeriodInvalid = "KPI_PERIOD_INVALID";

    /// <summary>A time zone that is not a known IANA (or system) time zone id.</summary>
    public const string TimeZoneUnknown = "KPI_TIME_ZONE_UNKNOWN";

    /// <summary>A department whose audience is smaller than the minimum group size: its figures would expose individuals.</summary>
    public const string AudienceTooSmall = "KPI_AUDIENCE_TOO_SMALL";

    /// <summary>A group that does not exist or that the viewer may not know of.</summary>
    public const string GroupNotFound = "KPI_GROUP_NOT_FOUND";

    /// <summary>An argument out of range (an activation window or leaderboard size).</summary>
    public const string ArgumentInvalid = "KPI_ARGUMENT_INVALID";
}
