namespace Community.Domain.Kpis;

/// <summary>One bucket of a series: its start and end (UTC instants, clipped to the period) and the metric's value over it.</summary>
public sealed record KpiPoint(DateTime From, DateTime To, double? Value);
