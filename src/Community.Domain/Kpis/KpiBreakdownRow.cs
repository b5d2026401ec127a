using Community.Domain.Model;

namespace Community.Domain.Kpis;

/// <summary>
/// One row of a breakdown: the department (null: members without one), the kind or the group, the size of its
/// audience (members at the period's end) and its figures.
/// </summary>
public sealed record KpiBreakdownRow(string? Department, MemberKind? Kind, long? GroupId, string? GroupName, long Audience, KpiFigures Figures);
