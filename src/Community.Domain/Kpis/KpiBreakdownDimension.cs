namespace Community.Domain.Kpis;

/// <summary>What a breakdown splits the figures by.</summary>
public enum KpiBreakdownDimension
{
    Department,
    MemberKind,
    Group,
}
