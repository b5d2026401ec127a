using Community.Domain.Kpis;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Kpis;

/// <summary>
/// The KPI definitions computed the straightforward way: every row loaded into memory and counted with LINQ to
/// objects, written from docs/kpis.md without looking at the SQL. Tests compare <see cref="KpiService"/> with it.
/// </summary>
internal sealed class KpiReference
{
    private readonly List<Member> _members;
    private readonly List<MemberState> _states;
    private readonly List<GroupMembershipPeriod> _memberships;
    private readonly List<ActivityEntry> _activity;
    private readonly List<Post> _posts;
    private readonly List<PostView> _views;
    private readonly List<Comment> _comments;
    private readonly List<ReactionPeriod> _reactions;
    private readonly List<Event> _events;
    private readonly List<EventRegistration> _registrations;
    private readonly List<RegistrationChange> _changes;
    private readonly List<Survey> _surveys;
    private readonly List<SurveyResponse> _responses;
    private readonly List<PointsEntry> _points;
    private readonly List<Group> _groups;

    private KpiReference(CommunityDbContext db)
    {
        _members = db.Members.AsNoTracking().ToList();
        _states = db.MemberStates.AsNoTracking().ToList();
        _memberships = db.GroupMembershipPeriods.AsNoTracking().ToList();
        _activity = db.ActivityEntries.AsNoTracking().ToList();
        _posts = db.Posts.AsNoTracking().ToList();
        _views = db.PostViews.AsNoTracking().ToList();
        _comments = db.Comments.AsNoTracking().ToList();
        _reactions = db.ReactionPeriods.AsNoTracking().ToList();
        _events = db.Events.AsNoTracking().ToList();
        _registrations = db.EventRegistrations.AsNoTracking().ToList();
        _changes = db.RegistrationChanges.AsNoTracking().ToList();
        _surveys = db.Surveys.AsNoTracking().ToList();
        _responses = db.SurveyResponses.AsNoTracking().ToList();
        _points = db.PointsEntries.AsNoTracking().ToList();
        _groups = db.Groups.AsNoTracking().ToList();
    }

    public static KpiReference Load(CommunityDbContext db) => new(db);

    public KpiFigures Compute(DateTime from, DateTime to, KpiScope scope, TimeSpan window)
    {
        bool In(DateTime t) => from <= t && t < to;
        MemberState? StateAt(long memberId) => _states.SingleOrDefault(s => s.MemberId == memberId && s.ValidFrom <= to && (s.ValidTo == null || s.ValidTo > to));
        bool InGroupAtEnd(long memberId, long groupId) => _memberships.Any(p => p.MemberId == memberId && p.GroupId == groupId && p.JoinedAt <= to && (p.LeftAt == null || p.LeftAt > to));
        bool Acts(long memberId)
        {
            if (!scope.FiltersActorsForReference())
            {
                return true;
            }

            var state = StateAt(memberId);
            return state is not null
                && (scope.Department is null || (scope.Department.Length == 0 ? state.Department == null : state.Department == scope.Department))
                && (scope.Kind is null || state.Kind == scope.Kind);
        }

        bool PostInScope(long postId) => scope.GroupId is null || _posts.Single(p => p.Id == postId).GroupId == scope.GroupId;

        var population = _members.Where(m => m.CreatedAt < to && StateAt(m.Id) is { IsEnabled: true } && Acts(m.Id)
            && (scope.GroupId is null || InGroupAtEnd(m.Id, scope.GroupId.Value))).Select(m => m.Id).ToHashSet();
        var activity = _activity.Where(e => In(e.OccurredAt) && (scope.GroupId is null || e.GroupId == scope.GroupId) && Acts(e.MemberId)).ToList();
        var active = activity.Select(e => e.MemberId).ToHashSet();
        var days = 0;
        var dailySum = 0.0;
        for (var day = from.Date; day < to; day = day.AddDays(1))
        {
            days++;
            dailySum += activity.Where(e => e.OccurredAt >= day && e.OccurredAt < day.AddDays(1)).Select(e => e.MemberId).Distinct().Count();
        }

        var dau = days == 0 ? 0 : dailySum / days;
        var posts = _posts.Where(p => In(p.PublishedAt) && !(p.DeletedAt < to) && (scope.GroupId is null || p.GroupId == scope.GroupId) && Acts(p.AuthorId)).ToList();
        var creators = posts.Select(p => p.AuthorId).Distinct().Count();
        var views = _views.Where(v => In(v.ViewedAt) && PostInScope(v.PostId) && Acts(v.MemberId)).ToList();
        var comments = _comments.Where(c => In(c.CreatedAt) && !(c.DeletedAt < to) && PostInScope(c.PostId) && Acts(c.AuthorId)).ToList();
        var reactions = _reactions.Where(r => In(r.GivenAt) && !(r.WithdrawnAt <= to) && PostInScope(r.PostId) && Acts(r.MemberId)).ToList();
        var participants = comments.Select(c => c.AuthorId).Concat(reactions.Select(r => r.MemberId)).ToHashSet();
        var audience = participants.Concat(views.Select(v => v.MemberId)).ToHashSet();
        var events = _events.Where(e => In(e.StartsAt) && !(e.CancelledAt < to) && (scope.GroupId is null || e.GroupId == scope.GroupId)).ToList();
        var seated = _changes.Where(c => c.ChangedAt <= to).GroupBy(c => c.RegistrationId)
            .Select(g => g.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Last())
            .Where(c => c.Status == RegistrationStatus.Registered && events.Any(e => e.Id == c.EventId) && Acts(c.MemberId)).ToList();
        var attendees = seated.Count(c => _registrations.Single(r => r.Id == c.RegistrationId).CheckedInAt is not null);
        var capacityEvents = events.Where(e => e.Capacity is not null).ToList();
        var seatedWithCapacity = seated.Count(c => capacityEvents.Any(e => e.Id == c.EventId));
        var responses = _responses.Where(r => In(r.SubmittedAt) && Acts(r.MemberId)
            && (scope.GroupId is null || _surveys.Single(s => s.Id == r.SurveyId).GroupId == scope.GroupId)).ToList();
        var invited = _members.Where(m => In(m.InvitedAt) && Acts(m.Id) && (scope.GroupId is null || InGroupAtEnd(m.Id, scope.GroupId.Value))).ToList();
        var activated = invited.Count(m => m.FirstSignedInAt is { } first && first - m.InvitedAt <= window);

        var groupIds = _memberships.Select(p => p.GroupId).Distinct().Where(g => (scope.GroupId is null || g == scope.GroupId)
            && (scope.IncludeSecretGroups || _groups.Single(group => group.Id == g).Visibility != GroupVisibility.Secret));
        var activeGroups = groupIds.Count(g =>
        {
            var groupMembers = _memberships.Where(p => p.GroupId == g && p.JoinedAt <= to && (p.LeftAt == null || p.LeftAt > to)).Select(p => p.MemberId).ToHashSet();
            var inGroup = _comments.Where(c => In(c.CreatedAt) && !(c.DeletedAt < to) && _posts.Single(p => p.Id == c.PostId).GroupId == g).Select(c => c.AuthorId)
                .Concat(_reactions.Where(r => In(r.GivenAt) && !(r.WithdrawnAt <= to) && _posts.Single(p => p.Id == r.PostId).GroupId == g).Select(r => r.MemberId))
                .Where(groupMembers.Contains).Distinct().Count();
            return groupMembers.Count > 0 && inGroup * 20 >= groupMembers.Count;
        });

        var leaders = _members.Where(m => StateAt(m.Id) is { IsLeader: true } && Acts(m.Id)).Select(m => m.Id).ToHashSet();
        var leadership = new KpiLeadership(
            _posts.Count(p => In(p.PublishedAt) && !(p.DeletedAt < to) && (scope.GroupId is null || p.GroupId == scope.GroupId) && leaders.Contains(p.AuthorId)),
            _comments.Count(c => In(c.CreatedAt) && !(c.DeletedAt < to) && PostInScope(c.PostId) && leaders.Contains(c.AuthorId)),
            _views.Where(v => In(v.ViewedAt) && PostInScope(v.PostId) && _posts.Single(p => p.Id == v.PostId) is var viewed
                && leaders.Contains(viewed.AuthorId) && viewed.AuthorId != v.MemberId).Select(v => v.MemberId).Distinct().Count());

        static double Rate(double a, double b) => b == 0 ? 0 : a / b;
        return new KpiFigures
        {
            Members = population.Count,
            ActiveMembers = active.Count,
            ActiveRate = Rate(active.Count(population.Contains), population.Count),
            DailyActiveMembers = dau,
            Stickiness = Rate(dau, active.Count),
            Posts = posts.Count,
            Creators = creators,
            CreatorRatio = Rate(creators, active.Count),
            Views = views.Count,
            UniqueViewers = views.Select(v => v.MemberId).Distinct().Count(),
            Comments = comments.Count,
            Reactions = reactions.Count,
            Interactions = comments.Count + reactions.Count,
            InteractionRate = Rate(comments.Count + reactions.Count, views.Count),
            ParticipationRate = Rate(participants.Count, audience.Count),
            Events = events.Count,
            Registrants = seated.Count,
            Attendees = attendees,
            AttendanceRate = Rate(attendees, seated.Count),
            FillRate = Rate(seatedWithCapacity, capacityEvents.Sum(e => e.Capacity!.Value)),
            SurveyResponses = responses.Count,
            SatisfactionAverage = responses.Count == 0 ? null : responses.Average(r => (double)r.Score),
            Nps = responses.Count == 0 ? null : 100.0 * (responses.Count(r => r.Score >= 9) - responses.Count(r => r.Score <= 6)) / responses.Count,
            InvitedMembers = invited.Count,
            ActivatedMembers = activated,
            ActivationRate = Rate(activated, invited.Count),
            ActiveGroups = activeGroups,
            Leadership = leadership,
        };
    }

    /// <summary>Members by points of entries in the period, highest first, ties by id, with shared ranks.</summary>
    public IReadOnlyList<LeaderboardEntry> Leaderboard(DateTime from, DateTime to, int first)
    {
        var totals = _points.Where(p => from <= p.OccurredAt && p.OccurredAt < to).GroupBy(p => p.MemberId)
            .Select(g => (MemberId: g.Key, Points: g.Sum(p => (long)p.Points))).OrderByDescending(t => t.Points).ThenBy(t => t.MemberId).ToList();
        return totals.Take(first).Select(t => new LeaderboardEntry(1 + totals.Count(o => o.Points > t.Points), t.MemberId, t.Points)).ToList();
    }
}

internal static class KpiScopeReference
{
    public static bool FiltersActorsForReference(this KpiScope scope) => scope.Department is not null || scope.Kind is not null;
}
