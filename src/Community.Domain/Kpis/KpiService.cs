using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Kpis;

/// <summary>
/// Computes the engagement KPIs in SQL, over the activity log, the entity tables and their history read as at the
/// period's end (docs/kpis.md defines each figure). Reads only; every figure of a past period stays the same
/// whenever it is asked for, except attendance, which follows check-ins until an event's check-in window closes.
/// </summary>
public sealed partial class KpiService(CommunityDbContext db)
{
    /// <summary>The activation window when none is given.</summary>
    public static readonly TimeSpan DefaultActivationWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// Every KPI of <paramref name="period"/> in <paramref name="scope"/>; with <paramref name="sections"/>, only the
    /// figures of those sections (the others stay 0), as a series of one metric needs.
    /// </summary>
    public Task<KpiFigures> ComputeAsync(KpiPeriod period, KpiScope scope, TimeSpan activationWindow, CancellationToken cancellationToken = default,
        KpiSections sections = KpiSections.All) =>
        KpiReads.InOneSnapshotAsync(db, () => ComputeFiguresAsync(period, scope, activationWindow, sections, cancellationToken), cancellationToken);

    private async Task<KpiFigures> ComputeFiguresAsync(KpiPeriod period, KpiScope scope, TimeSpan activationWindow, KpiSections sections,
        CancellationToken cancellationToken)
    {
        var (from, to) = (period.From, period.To);
        var population = Population(to, scope);
        var actors = Actors(to, scope);
        var groupId = scope.GroupId;
        bool Wants(KpiSections section) => (sections & section) != 0;

        var members = Wants(KpiSections.Members) ? await population.LongCountAsync(cancellationToken) : 0;

        // The whole community reads its whole days from the daily totals, and a department or kind its members' days;
        // a group reads rows.
        var memberDaysSplit = groupId is null ? new KpiDaySplit(period) : null;
        var days = actors is null ? memberDaysSplit : null;
        var totals = days is not null && Wants(KpiSections.Activity | KpiSections.Posts | KpiSections.Views | KpiSections.Interactions)
            ? await DayTotalsAsync(days, cancellationToken)
            : KpiDayCounts.None;

        long activeMembers = 0, activeInPopulation = 0, memberDays = 0;
        if (Wants(KpiSections.Activity) && memberDaysSplit is not null)
        {
            // The members of the whole months' activity, read once; a seek per other member into its entries before and
            // after those months (an empty range when none).
            var (firstDay, endDay) = (memberDaysSplit.FirstDay, memberDaysSplit.EndDay);
            var (firstMonth, endMonth, monthsFrom, monthsTo) = (memberDaysSplit.FirstMonth, memberDaysSplit.EndMonth, memberDaysSplit.MonthsFrom, memberDaysSplit.MonthsTo);
            var activeInMonths = db.ActivityMonths.Where(m => m.Month >= firstMonth && m.Month < endMonth).Select(m => m.MemberId);
            IQueryable<long> Active(IQueryable<long> ids) => ids.Where(id =>
                activeInMonths.Contains(id)
                || db.ActivityEntries.Any(e => e.MemberId == id && e.OccurredAt >= from && e.OccurredAt < monthsFrom)
                || db.ActivityEntries.Any(e => e.MemberId == id && e.OccurredAt >= monthsTo && e.OccurredAt < to));
            if (Wants(KpiSections.Members))
            {
                // Both counts in one pass over the members: the seeks are the cost.
                var counts = await Active(actors ?? db.Members.Select(m => m.Id))
                    .GroupBy(id => 1)
                    .Select(g => new { Active = g.LongCount(), InPopulation = g.LongCount(id => population.Contains(id)) })
                    .FirstOrDefaultAsync(cancellationToken);
                (activeMembers, activeInPopulation) = counts is null ? (0, 0) : (counts.Active, counts.InPopulation);
            }
            else
            {
                activeMembers = await Active(actors ?? db.Members.Select(m => m.Id)).LongCountAsync(cancellationToken);
            }
            var wholeMemberDays = actors is null
                ? totals.ActiveMembers
                : await actors.SumAsync(id => (long)db.ActivityDays.Count(d => d.MemberId == id && d.Day >= firstDay && d.Day < endDay), cancellationToken);
            memberDays = wholeMemberDays + await memberDaysSplit.SumOverEndsAsync((a, b) =>
            {
                var entries = db.ActivityEntries.Where(e => e.OccurredAt >= a && e.OccurredAt < b);
                return (actors is null ? entries : entries.Where(e => actors.Contains(e.MemberId)))
                    .Select(e => new { e.MemberId, Day = e.OccurredAt.Date }).Distinct().LongCountAsync(cancellationToken);
            });
        }
        else if (Wants(KpiSections.Activity))
        {
            // A group: its entries of the period.
            var activity = db.ActivityEntries.Where(e => e.OccurredAt >= from && e.OccurredAt < to && e.GroupId == groupId);
            if (actors is not null)
            {
                activity = activity.Where(e => actors.Contains(e.MemberId));
            }

            activeMembers = await activity.Select(e => e.MemberId).Distinct().LongCountAsync(cancellationToken);
            activeInPopulation = Wants(KpiSections.Members)
                ? await activity.Select(e => e.MemberId).Distinct().LongCountAsync(id => population.Contains(id), cancellationToken)
                : 0;
            memberDays = await activity.Select(e => new { e.MemberId, Day = e.OccurredAt.Date }).Distinct().LongCountAsync(cancellationToken);
        }

        var dailyActive = KpiFigures.Rate(memberDays, period.DaysTouched);
        var everyone = actors ?? db.Members.Select(m => m.Id);

        long postCount = 0, creators = 0;
        if (Wants(KpiSections.Posts))
        {
            var posts = CountedPosts(from, to, scope, actors);
            var anyones = CountedPosts(from, to, scope, null);
            if (days is not null)
            {
                var (wholeFrom, wholeTo) = (days.WholeFrom, days.WholeTo);
                postCount = totals.Posts
                    - await db.Posts.LongCountAsync(p => p.DeletedAt != null && p.DeletedAt < to && p.PublishedAt >= wholeFrom && p.PublishedAt < wholeTo, cancellationToken)
                    + await days.SumOverEndsAsync((a, b) => CountedPosts(a, b, to, scope, null).LongCountAsync(cancellationToken));
            }
            else if (groupId is null)
            {
                // A department or kind: a count per member on (AuthorId, PublishedAt, DeletedAt).
                postCount = await actors!.SumAsync(id => (long)anyones.Count(p => p.AuthorId == id), cancellationToken);
            }
            else
            {
                postCount = await posts.LongCountAsync(cancellationToken);
            }

            // Without a group: a seek per member on (AuthorId, PublishedAt, DeletedAt).
            creators = groupId is null
                ? await everyone.LongCountAsync(id => anyones.Any(p => p.AuthorId == id), cancellationToken)
                : await posts.Select(p => p.AuthorId).Distinct().LongCountAsync(cancellationToken);
        }

        var views = Views(from, to, scope, actors);
        var anyonesViews = Views(from, to, scope, null);
        long viewCount = 0, viewers = 0;
        if (Wants(KpiSections.Views))
        {
            if (days is not null)
            {
                viewCount = totals.Views + await days.SumOverEndsAsync((a, b) => Views(a, b, scope, null).LongCountAsync(cancellationToken));
            }
            else if (groupId is null)
            {
                // A department or kind: a count per member on (MemberId, ViewedAt).
                viewCount = await actors!.SumAsync(id => (long)anyonesViews.Count(v => v.MemberId == id), cancellationToken);
            }
            else
            {
                viewCount = await views.LongCountAsync(cancellationToken);
            }

            viewers = memberDaysSplit is not null
                ? await ViewersAsync(memberDaysSplit, everyone, cancellationToken)
                : await views.Select(v => v.MemberId).Distinct().LongCountAsync(cancellationToken);
        }

        long commentCount = 0, reactionCount = 0, participantCount = 0, audienceCount = 0;
        if (Wants(KpiSections.Interactions))
        {
            var comments = CountedComments(from, to, scope, actors);
            var reactions = CountedReactions(from, to, scope, actors);
            var anyonesComments = CountedComments(from, to, scope, null);
            var anyonesReactions = CountedReactions(from, to, scope, null);
            if (days is not null)
            {
                // What the day totals counted as written, less what was deleted or withdrawn before the period's end.
                var (wholeFrom, wholeTo) = (days.WholeFrom, days.WholeTo);
                commentCount = totals.Comments
                    - await db.Comments.LongCountAsync(c => c.DeletedAt != null && c.DeletedAt < to && c.CreatedAt >= wholeFrom && c.CreatedAt < wholeTo, cancellationToken)
                    + await days.SumOverEndsAsync((a, b) => CountedComments(a, b, to, scope, null).LongCountAsync(cancellationToken));
                reactionCount = totals.Reactions
                    - await db.ReactionPeriods.LongCountAsync(r => r.WithdrawnAt != null && r.WithdrawnAt <= to && r.GivenAt >= wholeFrom && r.GivenAt < wholeTo, cancellationToken)
                    + await days.SumOverEndsAsync((a, b) => CountedReactions(a, b, to, scope, null).LongCountAsync(cancellationToken));
            }
            else if (groupId is null)
            {
                // A department or kind: counts per member on (AuthorId, CreatedAt) and (MemberId, GivenAt).
                commentCount = await actors!.SumAsync(id => (long)anyonesComments.Count(c => c.AuthorId == id), cancellationToken);
                reactionCount = await actors!.SumAsync(id => (long)anyonesReactions.Count(r => r.MemberId == id), cancellationToken);
            }
            else
            {
                commentCount = await comments.LongCountAsync(cancellationToken);
                reactionCount = await reactions.LongCountAsync(cancellationToken);
            }

            if (groupId is null)
            {
                // Seeks per member on (AuthorId, CreatedAt), (MemberId, GivenAt) and (MemberId, ViewedAt) instead of unions of a
                // period's rows, in one statement: 2 for a participant, 1 for a member who only viewed.
                var roles = await everyone
                    .Select(id => anyonesComments.Any(c => c.AuthorId == id) || anyonesReactions.Any(r => r.MemberId == id) ? 2
                        : anyonesViews.Any(v => v.MemberId == id) ? 1 : 0)
                    .GroupBy(role => role).Select(g => new { Role = g.Key, Count = g.LongCount() })
                    .ToListAsync(cancellationToken);
                participantCount = roles.Where(r => r.Role == 2).Sum(r => r.Count);
                audienceCount = roles.Where(r => r.Role > 0).Sum(r => r.Count);
            }
            else
            {
                var participants = comments.Select(c => c.AuthorId).Union(reactions.Select(r => r.MemberId));
                participantCount = await participants.LongCountAsync(cancellationToken);
                audienceCount = await participants.Union(views.Select(v => v.MemberId)).LongCountAsync(cancellationToken);
            }
        }

        long eventCount = 0, registrantCount = 0, attendees = 0, seatedInCapacityEvents = 0, capacity = 0;
        if (Wants(KpiSections.Events))
        {
            var events = CountedEvents(from, to, scope);
            eventCount = await events.LongCountAsync(cancellationToken);
            // From the period's few events to their registrations' changes, then each registration's status at the end.
            var registrants = events.Join(db.RegistrationChanges.StatusAt(to), e => e.Id, c => c.EventId, (e, c) => new { Change = c, e.Capacity })
                .Where(x => x.Change.Status == RegistrationStatus.Registered);
            if (actors is not null)
            {
                registrants = registrants.Where(x => actors.Contains(x.Change.MemberId));
            }

            // Joined to the registrations (for check-ins) rather than a lookup per row.
            var seats = await registrants.Join(db.EventRegistrations, x => x.Change.RegistrationId, r => r.Id, (x, r) => new { x.Capacity, r.CheckedInAt })
                .GroupBy(x => 1).Select(g => new
                {
                    Registrants = g.LongCount(),
                    Attendees = g.LongCount(x => x.CheckedInAt != null),
                    InCapacityEvents = g.LongCount(x => x.Capacity != null),
                })
                .FirstOrDefaultAsync(cancellationToken);
            (registrantCount, attendees, seatedInCapacityEvents) = seats is null ? (0, 0, 0) : (seats.Registrants, seats.Attendees, seats.InCapacityEvents);
            capacity = await events.Where(e => e.Capacity != null).SumAsync(e => (long?)e.Capacity, cancellationToken) ?? 0;
        }

        var satisfaction = Wants(KpiSections.Satisfaction) ? await SatisfactionAsync(from, to, scope, actors, cancellationToken) : new Satisfaction(0, 0, 0, 0);
        var (invited, activated) = Wants(KpiSections.Activation) ? await ActivationAsync(from, to, scope, activationWindow, cancellationToken) : (0, 0);
        var activeGroups = Wants(KpiSections.Groups) ? await ActiveGroupCountAsync(period, scope.GroupId, scope.IncludeSecretGroups, cancellationToken) : 0;
        var leadership = Wants(KpiSections.Leadership) ? await LeadershipAsync(from, to, scope, actors, cancellationToken) : KpiLeadership.None;

        return new KpiFigures
        {
            Members = members,
            ActiveMembers = activeMembers,
            ActiveRate = KpiFigures.Rate(activeInPopulation, members),
            DailyActiveMembers = dailyActive,
            Stickiness = KpiFigures.Rate(dailyActive, activeMembers),
            Posts = postCount,
            Creators = creators,
            CreatorRatio = KpiFigures.Rate(creators, activeMembers),
            Views = viewCount,
            UniqueViewers = viewers,
            Comments = commentCount,
            Reactions = reactionCount,
            Interactions = commentCount + reactionCount,
            InteractionRate = KpiFigures.Rate(commentCount + reactionCount, viewCount),
            ParticipationRate = KpiFigures.Rate(participantCount, audienceCount),
            Events = eventCount,
            Registrants = registrantCount,
            Attendees = attendees,
            AttendanceRate = KpiFigures.Rate(attendees, registrantCount),
            FillRate = KpiFigures.Rate(seatedInCapacityEvents, capacity),
            SurveyResponses = satisfaction.Responses,
            SatisfactionAverage = satisfaction.Responses == 0 ? null : (double)satisfaction.ScoreSum / satisfaction.Responses,
            Nps = satisfaction.Responses == 0 ? null : 100.0 * (satisfaction.Promoters - satisfaction.Detractors) / satisfaction.Responses,
            InvitedMembers = invited,
            ActivatedMembers = activated,
            ActivationRate = KpiFigures.Rate(activated, invited),
            ActiveGroups = activeGroups,
            Leadership = leadership,
        };
    }

    /// <summary>
    /// The figures split by department, member kind or group (at the period's end). A row whose audience (its
    /// members) is smaller than <paramref name="minimumAudience"/> is withheld and counted in
    /// <see cref="KpiBreakdown.SuppressedRows"/>. Secret groups are left out unless <paramref name="includeSecretGroups"/>.
    /// </summary>
    public Task<KpiBreakdown> BreakdownAsync(KpiPeriod period, KpiScope scope, KpiBreakdownDimension by, TimeSpan activationWindow,
        int minimumAudience, bool includeSecretGroups, CancellationToken cancellationToken = default) =>
        KpiReads.InOneSnapshotAsync(db, () => ComputeBreakdownAsync(period, scope, by, activationWindow, minimumAudience, includeSecretGroups, cancellationToken),
            cancellationToken);

    private async Task<KpiBreakdown> ComputeBreakdownAsync(KpiPeriod period, KpiScope scope, KpiBreakdownDimension by, TimeSpan activationWindow,
        int minimumAudience, bool includeSecretGroups, CancellationToken cancellationToken)
    {
        var rowScopes = new List<(KpiScope Scope, string? GroupName)>();
        var states = db.MemberStates.At(period.To).Where(s => s.IsEnabled);
        switch (by)
        {
            case KpiBreakdownDimension.Department:
                var departments = await states.Select(s => s.Department).Distinct().ToListAsync(cancellationToken);
                rowScopes.AddRange(departments.OrderBy(d => d ?? string.Empty, StringComparer.Ordinal)
                    .Select(d => (scope with { Department = d ?? string.Empty }, (string?)null)));
                break;
            case KpiBreakdownDimension.MemberKind:
                rowScopes.AddRange(Enum.GetValues<MemberKind>().Select(k => (scope with { Kind = k }, (string?)null)));
                break;
            default:
                var groups = await db.Groups.AsNoTracking()
                    .Where(g => (includeSecretGroups || g.Visibility != GroupVisibility.Secret) && (scope.GroupId == null || g.Id == scope.GroupId))
                    .OrderBy(g => g.Name).ThenBy(g => g.Id).Select(g => new { g.Id, g.Name }).ToListAsync(cancellationToken);
                rowScopes.AddRange(groups.Select(g => (scope with { GroupId = g.Id }, (string?)g.Name)));
                break;
        }

        var rows = new List<KpiBreakdownRow>();
        var suppressed = 0;
        foreach (var (rowScope, groupName) in rowScopes)
        {
            var audience = await Population(period.To, rowScope).LongCountAsync(cancellationToken);
            if (audience < minimumAudience)
            {
                suppressed++;
                continue;
            }

            var figures = await ComputeAsync(period, rowScope, activationWindow, cancellationToken);
            rows.Add(new KpiBreakdownRow(
                by == KpiBreakdownDimension.Department ? NullIfEmpty(rowScope.Department) : null,
                by == KpiBreakdownDimension.MemberKind ? rowScope.Kind : null,
                by == KpiBreakdownDimension.Group ? rowScope.GroupId : null,
                groupName,
                audience,
                figures));
        }

        return new KpiBreakdown(by, rows, suppressed);
    }

    /// <summary>One metric per day, ISO week or calendar month of <paramref name="zone"/>, each bucket clipped to the period.</summary>
    public Task<IReadOnlyList<KpiPoint>> SeriesAsync(KpiPeriod period, KpiScope scope, KpiMetric metric, KpiGranularity granularity,
        TimeZoneInfo zone, TimeSpan activationWindow, CancellationToken cancellationToken = default) =>
        KpiReads.InOneSnapshotAsync(db, () => ComputeSeriesAsync(period, scope, metric, granularity, zone, activationWindow, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<KpiPoint>> ComputeSeriesAsync(KpiPeriod period, KpiScope scope, KpiMetric metric, KpiGranularity granularity,
        TimeZoneInfo zone, TimeSpan activationWindow, CancellationToken cancellationToken)
    {
        var points = new List<KpiPoint>();
        foreach (var bucket in KpiBuckets.Of(period, granularity, zone))
        {
            var figures = await ComputeAsync(bucket, scope, activationWindow, cancellationToken, KpiSectionsOf.Metric(metric));
            points.Add(new KpiPoint(bucket.From, bucket.To, figures.Value(metric)));
        }

        return points;
    }

    /// <summary>
    /// Members ranked by the points of entries recorded in the period, highest first; equal points share a rank and
    /// are ordered by member id. A group scope ranks the group's members at the period's end.
    /// </summary>
    public async Task<IReadOnlyList<LeaderboardEntry>> LeaderboardAsync(KpiPeriod period, KpiScope scope, int first, CancellationToken cancellationToken = default)
    {
        var (from, to) = (period.From, period.To);
        var entries = db.PointsEntries.Where(p => p.OccurredAt >= from && p.OccurredAt < to);
        if (Actors(to, scope) is { } actors)
        {
            entries = entries.Where(p => actors.Contains(p.MemberId));
        }

        if (scope.GroupId is { } groupId)
        {
            var groupMembers = db.GroupMembershipPeriods.At(to).Where(p => p.GroupId == groupId).Select(p => p.MemberId);
            entries = entries.Where(p => groupMembers.Contains(p.MemberId));
        }

        var totals = await entries.GroupBy(p => p.MemberId)
            .Select(g => new { MemberId = g.Key, Points = g.Sum(p => (long)p.Points) })
            .OrderByDescending(t => t.Points).ThenBy(t => t.MemberId)
            .Take(first)
            .ToListAsync(cancellationToken);
        var ranked = new List<LeaderboardEntry>(totals.Count);
        for (var i = 0; i < totals.Count; i++)
        {
            var rank = i > 0 && totals[i].Points == totals[i - 1].Points ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new LeaderboardEntry(rank, totals[i].MemberId, totals[i].Points));
        }

        return ranked;
    }

    /// <summary>
    /// Groups (one group, when <paramref name="groupId"/> is given) in which at least 5% of the members at the
    /// period's end commented or reacted (counted comments and standing reactions) on the group's posts in the period.
    /// </summary>
    private async Task<long> ActiveGroupCountAsync(KpiPeriod period, long? groupId, bool includeSecret, CancellationToken cancellationToken = default)
    {
        if (new KpiDaySplit(period) is { IsWholeDays: true } days)
        {
            return await ActiveGroupCountFromRollupsAsync(days, groupId, includeSecret, cancellationToken);
        }

        var (from, to) = (period.From, period.To);
        var scope = new KpiScope(groupId);
        var memberships = db.GroupMembershipPeriods.At(to).Where(p => groupId == null || p.GroupId == groupId);
        if (!includeSecret)
        {
            memberships = memberships.Where(p => db.Groups.Any(g => g.Id == p.GroupId && g.Visibility != GroupVisibility.Secret));
        }

        var sizes = await memberships.GroupBy(p => p.GroupId).Select(g => new { GroupId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.GroupId, g => g.Count, cancellationToken);
        var commenters = CountedComments(from, to, scope, null).Where(c => c.Post.GroupId != null)
            .Select(c => new { GroupId = c.Post.GroupId!.Value, MemberId = c.AuthorId });
        var reactors = CountedReactions(from, to, scope, null)
            .Join(db.Posts.Where(p => p.GroupId != null), r => r.PostId, p => p.Id, (r, p) => new { GroupId = p.GroupId!.Value, r.MemberId });
        var participants = await commenters.Union(reactors)
            .Where(x => memberships.Any(m => m.GroupId == x.GroupId && m.MemberId == x.MemberId))
            .GroupBy(x => x.GroupId).Select(g => new { GroupId = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        return participants.LongCount(p => sizes.TryGetValue(p.GroupId, out var size) && size > 0 && p.Count * 20 >= size);
    }

    /// <summary>
    /// The posts and comments of the members flagged as leaders at the period's end (within the scope's department or kind), and their reach: distinct
    /// other members, from anywhere, who viewed a leader's post in the period (in the group, with a group scope).
    /// </summary>
    private async Task<KpiLeadership> LeadershipAsync(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors, CancellationToken cancellationToken)
    {
        // Leaders as flagged at the period's end.
        var leaders = db.MemberStates.At(to).Where(s => s.IsLeader).Select(s => s.MemberId);
        if (actors is not null)
        {
            leaders = leaders.Where(id => actors.Contains(id));
        }

        // Counts per leader on (AuthorId, PublishedAt, DeletedAt) and (AuthorId, CreatedAt, DeletedAt), not a scan of the period.
        var counted = CountedPosts(from, to, scope, null);
        var commented = CountedComments(from, to, scope, null);
        var posts = await leaders.SumAsync(id => (long)counted.Count(p => p.AuthorId == id), cancellationToken);
        var comments = await leaders.SumAsync(id => (long)commented.Count(c => c.AuthorId == id), cancellationToken);
        // From the leaders' few posts to their views (by post), rather than from every view of the period.
        var reach = await db.Posts.Where(p => leaders.Contains(p.AuthorId))
            .Join(Views(from, to, scope, null), p => p.Id, v => v.PostId, (p, v) => new { p.AuthorId, v.MemberId })
            .Where(x => x.MemberId != x.AuthorId)
            .Select(x => x.MemberId).Distinct().LongCountAsync(cancellationToken);
        return new KpiLeadership(posts, comments, reach);
    }

    /// <summary>How many members a scope holds at <paramref name="at"/> (its "members" figure): what the minimum audience is checked against.</summary>
    public Task<long> AudienceAsync(DateTime at, KpiScope scope, CancellationToken cancellationToken = default) =>
        Population(at, scope).LongCountAsync(cancellationToken);

    /// <summary>Members counted in "members": created before <paramref name="to"/>, enabled at it, within the scope.</summary>
    internal IQueryable<long> Population(DateTime to, KpiScope scope)
    {
        var states = db.MemberStates.At(to).Where(s => s.IsEnabled && db.Members.Any(m => m.Id == s.MemberId && m.CreatedAt < to));
        states = Restrict(states, scope);
        var ids = states.Select(s => s.MemberId);
        if (scope.GroupId is { } groupId)
        {
            var groupMembers = db.GroupMembershipPeriods.At(to).Where(p => p.GroupId == groupId).Select(p => p.MemberId);
            ids = ids.Where(id => groupMembers.Contains(id));
        }

        return ids;
    }

    /// <summary>The members whose actions count under a department or kind scope (as at <paramref name="to"/>); null: everyone's.</summary>
    private IQueryable<long>? Actors(DateTime to, KpiScope scope) =>
        scope.FiltersActors ? Restrict(db.MemberStates.At(to), scope).Select(s => s.MemberId) : null;

    private static IQueryable<MemberState> Restrict(IQueryable<MemberState> states, KpiScope scope)
    {
        if (scope.Department is { } department)
        {
            // An empty department names the members without one.
            states = department.Length == 0 ? states.Where(s => s.Department == null) : states.Where(s => s.Department == department);
        }

        if (scope.Kind is { } kind)
        {
            states = states.Where(s => s.Kind == kind);
        }

        return states;
    }

    private IQueryable<Post> CountedPosts(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors) =>
        CountedPosts(from, to, to, scope, actors);

    /// <summary>Posts published in <c>[from, to)</c> and not deleted before <paramref name="at"/>.</summary>
    private IQueryable<Post> CountedPosts(DateTime from, DateTime to, DateTime at, KpiScope scope, IQueryable<long>? actors)
    {
        var groupId = scope.GroupId;
        var posts = db.Posts.Where(p => p.PublishedAt >= from && p.PublishedAt < to && (p.DeletedAt == null || p.DeletedAt >= at)
            && (groupId == null || p.GroupId == groupId));
        return actors is null ? posts : posts.Where(p => actors.Contains(p.AuthorId));
    }

    private IQueryable<PostView> Views(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors)
    {
        var views = db.PostViews.Where(v => v.ViewedAt >= from && v.ViewedAt < to);
        if (scope.GroupId is { } groupId)
        {
            // From the group's posts to their views on (PostId, MemberId), not from every view of the period.
            views = db.Posts.Where(p => p.GroupId == groupId).Join(views, p => p.Id, v => v.PostId, (p, v) => v);
        }

        return actors is null ? views : views.Where(v => actors.Contains(v.MemberId));
    }

    private IQueryable<Comment> CountedComments(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors) =>
        CountedComments(from, to, to, scope, actors);

    /// <summary>Comments written in <c>[from, to)</c> and not deleted before <paramref name="at"/>.</summary>
    private IQueryable<Comment> CountedComments(DateTime from, DateTime to, DateTime at, KpiScope scope, IQueryable<long>? actors)
    {
        var comments = db.Comments.Where(c => c.CreatedAt >= from && c.CreatedAt < to && (c.DeletedAt == null || c.DeletedAt >= at));
        if (scope.GroupId is { } groupId)
        {
            comments = db.Posts.Where(p => p.GroupId == groupId).Join(comments, p => p.Id, c => c.PostId, (p, c) => c);
        }

        return actors is null ? comments : comments.Where(c => actors.Contains(c.AuthorId));
    }

    private IQueryable<ReactionPeriod> CountedReactions(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors) =>
        CountedReactions(from, to, to, scope, actors);

    /// <summary>Reactions given in <c>[from, to)</c> that still stood at <paramref name="at"/>.</summary>
    private IQueryable<ReactionPeriod> CountedReactions(DateTime from, DateTime to, DateTime at, KpiScope scope, IQueryable<long>? actors)
    {
        var reactions = db.ReactionPeriods.StandingAt(at).Where(r => r.GivenAt >= from && r.GivenAt < to);
        if (scope.GroupId is { } groupId)
        {
            reactions = db.Posts.Where(p => p.GroupId == groupId).Join(reactions, p => p.Id, r => r.PostId, (p, r) => r);
        }

        return actors is null ? reactions : reactions.Where(r => actors.Contains(r.MemberId));
    }

    private IQueryable<Event> CountedEvents(DateTime from, DateTime to, KpiScope scope)
    {
        var groupId = scope.GroupId;
        return db.Events.Where(e => e.StartsAt >= from && e.StartsAt < to && (e.CancelledAt == null || e.CancelledAt >= to)
            && (groupId == null || e.GroupId == groupId));
    }

    private async Task<Satisfaction> SatisfactionAsync(DateTime from, DateTime to, KpiScope scope, IQueryable<long>? actors, CancellationToken cancellationToken)
    {
        var responses = db.SurveyResponses.Where(r => r.SubmittedAt >= from && r.SubmittedAt < to);
        if (scope.GroupId is { } groupId)
        {
            responses = responses.Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.GroupId == groupId));
        }

        if (actors is not null)
        {
            responses = responses.Where(r => actors.Contains(r.MemberId));
        }

        var totals = await responses.GroupBy(r => 1).Select(g => new Satisfaction(
                g.LongCount(),
                g.Sum(r => (long)r.Score),
                g.LongCount(r => r.Score >= 9),
                g.LongCount(r => r.Score <= 6)))
            .FirstOrDefaultAsync(cancellationToken);
        return totals ?? new Satisfaction(0, 0, 0, 0);
    }

    private async Task<(long Invited, long Activated)> ActivationAsync(DateTime from, DateTime to, KpiScope scope, TimeSpan window, CancellationToken cancellationToken)
    {
        var invited = db.Members.Where(m => m.InvitedAt >= from && m.InvitedAt < to);
        if (Actors(to, scope) is { } actors)
        {
            invited = invited.Where(m => actors.Contains(m.Id));
        }

        if (scope.GroupId is { } groupId)
        {
            var groupMembers = db.GroupMembershipPeriods.At(to).Where(p => p.GroupId == groupId).Select(p => p.MemberId);
            invited = invited.Where(m => groupMembers.Contains(m.Id));
        }

        // Compared here, not in SQL, so the window is exact to the tick on both providers (one row per invitation).
        var times = await invited.Select(m => new { m.InvitedAt, m.FirstSignedInAt }).ToListAsync(cancellationToken);
        return (times.Count, times.LongCount(t => t.FirstSignedInAt is { } signedIn && signedIn - t.InvitedAt <= window));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    private sealed record Satisfaction(long Responses, long ScoreSum, long Promoters, long Detractors);
}
