namespace Community.Domain.Kpis;

/// <summary>Every KPI's name, meaning, formula and unit, in the order docs/kpis.md lists them.</summary>
public static class KpiDefinitions
{
    private const string Count = "count";
    private const string Ratio = "ratio";

    public static IReadOnlyList<KpiDefinition> All { get; } =
    [
        new(KpiMetric.Members, "Members", "Members created before the period's end and enabled at its end.", "count(members enabled at to)", Count),
        new(KpiMetric.ActiveMembers, "Active members", "Distinct members with at least one recorded activity in the period.", "count(distinct member of activity in [from, to))", Count),
        new(KpiMetric.ActiveRate, "Active rate", "Active members who are counted in members, over members.", "|active ∩ members| / members", Ratio),
        new(KpiMetric.DailyActiveMembers, "Daily active members", "The mean, over every UTC day the period touches, of the distinct members active that day.", "Σ days(distinct active that day) / days touched", "members per day"),
        new(KpiMetric.Stickiness, "Stickiness", "Daily active members over active members.", "dailyActiveMembers / activeMembers", Ratio),
        new(KpiMetric.Posts, "Posts", "Posts published in the period and not deleted before its end.", "count(posts, from <= publishedAt < to, not deleted before to)", Count),
        new(KpiMetric.Creators, "Creators", "Distinct authors of those posts.", "count(distinct author of posts)", Count),
        new(KpiMetric.CreatorRatio, "Creator ratio", "Creators over active members.", "creators / activeMembers", Ratio),
        new(KpiMetric.Views, "Views", "Post views recorded in the period.", "count(views, from <= viewedAt < to)", Count),
        new(KpiMetric.UniqueViewers, "Unique viewers", "Distinct members among those views.", "count(distinct viewer)", Count),
        new(KpiMetric.Comments, "Comments", "Comments written in the period and not deleted before its end.", "count(comments, from <= createdAt < to, not deleted before to)", Count),
        new(KpiMetric.Reactions, "Reactions", "Reactions to posts and comments given in the period that still stand at its end.", "count(reactions given in [from, to) standing at to)", Count),
        new(KpiMetric.Interactions, "Interactions", "Comments plus reactions.", "comments + reactions", Count),
        new(KpiMetric.InteractionRate, "Interaction rate", "Interactions over views.", "interactions / views", Ratio),
        new(KpiMetric.ParticipationRate, "Participation rate", "Distinct members who commented or reacted, over distinct members who viewed, commented or reacted.", "|commenters ∪ reactors| / |viewers ∪ commenters ∪ reactors|", Ratio),
        new(KpiMetric.Events, "Events", "Events starting in the period, not cancelled before its end.", "count(events, from <= startsAt < to, not cancelled before to)", Count),
        new(KpiMetric.Registrants, "Registrants", "Registrations to those events whose status at the period's end is registered.", "count(registrations with status registered at to)", Count),
        new(KpiMetric.Attendees, "Attendees", "Those registrations that were checked in.", "count(registrants checked in)", Count),
        new(KpiMetric.AttendanceRate, "Attendance rate", "Attendees over registrants.", "attendees / registrants", Ratio),
        new(KpiMetric.FillRate, "Fill rate", "Registrants of the events that have a capacity, over the sum of their capacities.", "registrants(capacity events) / Σ capacity", Ratio),
        new(KpiMetric.SurveyResponses, "Survey responses", "Survey responses submitted in the period.", "count(responses, from <= submittedAt < to)", Count),
        new(KpiMetric.SatisfactionAverage, "Satisfaction", "The mean score (0 to 10) of those responses; null when none.", "Σ score / surveyResponses", "score"),
        new(KpiMetric.Nps, "Net promoter score", "100 times the share of scores 9-10 minus the share of scores 0-6; null when none.", "100 * (promoters - detractors) / surveyResponses", "points"),
        new(KpiMetric.InvitedMembers, "Invited members", "Members invited (or created on first sign-in) in the period.", "count(members, from <= invitedAt < to)", Count),
        new(KpiMetric.ActivatedMembers, "Activated members", "Those whose first sign-in came at most the activation window (default 30 days, inclusive) after their invitation.", "count(invited, firstSignedInAt <= invitedAt + window)", Count),
        new(KpiMetric.ActivationRate, "Activation rate", "Activated members over invited members.", "activatedMembers / invitedMembers", Ratio),
        new(KpiMetric.ActiveGroups, "Active groups", "Groups in which at least 5% of the members at the period's end commented or reacted in the period.", "count(groups, 20 * participating members >= members > 0)", Count),
    ];
}
