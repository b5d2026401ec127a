namespace Community.Domain.Kpis;

/// <summary>The groups of figures computed together (they share their SQL); a series computes only its metric's.</summary>
[Flags]
public enum KpiSections
{
    None = 0,
    Members = 1,
    Activity = 2,
    Posts = 4,
    Views = 8,
    Interactions = 16,
    Events = 32,
    Satisfaction = 64,
    Activation = 128,
    Groups = 256,
    Leadership = 512,
    All = 1023,
}

/// <summary>Which sections a metric's value needs.</summary>
public static class KpiSectionsOf
{
    public static KpiSections Metric(KpiMetric metric) => metric switch
    {
        KpiMetric.Members => KpiSections.Members,
        KpiMetric.ActiveMembers or KpiMetric.DailyActiveMembers or KpiMetric.Stickiness => KpiSections.Activity,
        KpiMetric.ActiveRate => KpiSections.Members | KpiSections.Activity,
        KpiMetric.Posts or KpiMetric.Creators => KpiSections.Posts,
        KpiMetric.CreatorRatio => KpiSections.Posts | KpiSections.Activity,
        KpiMetric.Views or KpiMetric.UniqueViewers => KpiSections.Views,
        KpiMetric.Comments or KpiMetric.Reactions or KpiMetric.Interactions or KpiMetric.ParticipationRate => KpiSections.Interactions,
        KpiMetric.InteractionRate => KpiSections.Interactions | KpiSections.Views,
        KpiMetric.Events or KpiMetric.Registrants or KpiMetric.Attendees or KpiMetric.AttendanceRate or KpiMetric.FillRate => KpiSections.Events,
        KpiMetric.SurveyResponses or KpiMetric.SatisfactionAverage or KpiMetric.Nps => KpiSections.Satisfaction,
        KpiMetric.InvitedMembers or KpiMetric.ActivatedMembers or KpiMetric.ActivationRate => KpiSections.Activation,
        KpiMetric.ActiveGroups => KpiSections.Groups,
        _ => KpiSections.All,
    };
}
