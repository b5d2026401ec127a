using Community.Domain.Kpis;

namespace Community.Api.Schema.Kpis;

/// <summary>One metric of a report with its value in the period before, as a dashboard's tile shows it.</summary>
internal sealed record KpiValue(KpiMetric Metric, double? Value, double? Previous)
{
    public double? Change => Value is { } value && Previous is { } previous ? value - previous : null;

    public double? RelativeChange => Change is { } change && Previous is { } previous && previous != 0 ? change / previous : null;
}
