namespace Community.Domain.Kpis;

/// <summary>The rows of a breakdown and how many were withheld because their audience was smaller than the minimum.</summary>
public sealed record KpiBreakdown(KpiBreakdownDimension By, IReadOnlyList<KpiBreakdownRow> Rows, int SuppressedRows);
