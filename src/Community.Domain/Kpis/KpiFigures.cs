namespace Community.Domain.Kpis;

/// <summary>Every KPI of one period and scope; docs/kpis.md defines each. Rates are 0 when their denominator is 0, satisfaction figures null.</summary>
public sealed record KpiFigures
{
    public long Members { get; init; }
    public long ActiveMembers { get; init; }
    public double ActiveRate { get; init; }
    public double DailyActiveMembers { get; init; }
    public double Stickiness { get; init; }
    public long Posts { get; init; }
    public long Creators { get; init; }
    public double CreatorRatio { get; init; }
    public long Views { get; init; }
    public long UniqueViewers { get; init; }
    public long Comments { get; init; }
    public long Reactions { get; init; }
    public long Interactions { get; init; }
    public double InteractionRate { get; init; }
    public double ParticipationRate { get; init; }
    public long Events { get; init; }
    public long Registrants { get; init; }
    public long Attendees { get; init; }
    public double AttendanceRate { get; init; }
    public double FillRate { get; init; }
    public long SurveyResponses { get; init; }
    public double? SatisfactionAverage { get; init; }
    public double? Nps { get; init; }
    public long InvitedMembers { get; init; }
    public long ActivatedMembers { get; init; }
    public double ActivationRate { get; init; }
    public long ActiveGroups { get; init; }

    /// <summary>The posts, comments and reach of members flagged as leaders.</summary>
    public KpiLeadership Leadership { get; init; } = KpiLeadership.None;

    /// <summary>The value of one metric (null only for satisfaction figures without answers).</summary>
    public double? Value(KpiMetric metric) => metric switch
    {
        KpiMetric.Members => Members,
        KpiMetric.ActiveMembers => ActiveMembers,
        KpiMetric.ActiveRate => ActiveRate,
        KpiMetric.DailyActiveMembers => DailyActiveMembers,
        KpiMetric.Stickiness => Stickiness,
        KpiMetric.Posts => Posts,
        KpiMetric.Creators => Creators,
        KpiMetric.CreatorRatio => CreatorRatio,
        KpiMetric.Views => Views,
        KpiMetric.UniqueViewers => UniqueViewers,
        KpiMetric.Comments => Comments,
        KpiMetric.Reactions => Reactions,
        KpiMetric.Interactions => Interactions,
        KpiMetric.InteractionRate => InteractionRate,
        KpiMetric.ParticipationRate => ParticipationRate,
        KpiMetric.Events => Events,
        KpiMetric.Registrants => Registrants,
        KpiMetric.Attendees => Attendees,
        KpiMetric.AttendanceRate => AttendanceRate,
        KpiMetric.FillRate => FillRate,
        KpiMetric.SurveyResponses => SurveyResponses,
        KpiMetric.SatisfactionAverage => SatisfactionAverage,
        KpiMetric.Nps => Nps,
        KpiMetric.InvitedMembers => InvitedMembers,
        KpiMetric.ActivatedMembers => ActivatedMembers,
        KpiMetric.ActivationRate => ActivationRate,
        KpiMetric.ActiveGroups => ActiveGroups,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>A quotient that is 0 when nothing is divided by.</summary>
    internal static double Rate(double numerator, double denominator) => denominator == 0 ? 0 : numerator / denominator;
}
