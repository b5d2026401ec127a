namespace Community.Domain.Kpis;

/// <summary>How a KPI is labelled and computed, so reporting tools name their charts from the API.</summary>
public sealed record KpiDefinition(KpiMetric Metric, string Name, string Description, string Formula, string Unit);
