using Community.Domain.Model;

namespace Community.Domain.Kpis;

/// <summary>
/// What the figures are about. <see cref="GroupId"/>: content and activity in that group, and its members at the
/// period's end as the population. <see cref="Department"/> and <see cref="Kind"/>: only what members of that
/// department or kind (as at the period's end) did, and those members as the population (an empty department: members
/// without one). Null: no restriction. <see cref="IncludeSecretGroups"/> false leaves secret groups out of activeGroups.
/// </summary>
public sealed record KpiScope(long? GroupId = null, string? Department = null, MemberKind? Kind = null, bool IncludeSecretGroups = true)
{
    /// <summary>The whole community.</summary>
    public static KpiScope Everyone { get; } = new();

    /// <summary>Whether only some members' actions count (a department or kind was given).</summary>
    internal bool FiltersActors => Department is not null || Kind is not null;
}
