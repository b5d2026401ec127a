namespace Community.Domain.Kpis;

/// <summary>The KPIs, each defined in <see cref="KpiDefinitions"/> and docs/kpis.md.</summary>
public enum KpiMetric
{
    Members,
    ActiveMembers,
    ActiveRate,
    DailyActiveMembers,
    Stickiness,
    Posts,
    Creators,
    CreatorRatio,
    Views,
    UniqueViewers,
    Comments,
    Reactions,
    Interactions,
    InteractionRate,
    ParticipationRate,
    Events,
    Registrants,
    Attendees,
    AttendanceRate,
    FillRate,
    SurveyResponses,
    SatisfactionAverage,
    Nps,
    InvitedMembers,
    ActivatedMembers,
    ActivationRate,
    ActiveGroups,
}
