using System.Collections.Concurrent;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Community.Domain.Kpis;

/// <summary>The figures read from the daily roll-ups of schema version 13, for the whole days of a period.</summary>
public sealed partial class KpiService
{
    /// <summary>
    /// How many distinct members of a group at <c>to</c>, up to <c>needed</c>, have contributions on the days
    /// <c>[firstDay, endDay)</c> that still stand at <c>to</c>: its contribution days in day order, so that an active
    /// group stops at its first few days and a quiet one has few rows. Compiled once per model (one per provider), as
    /// it runs once per group.
    /// </summary>
    private static readonly ConcurrentDictionary<IModel, Func<CommunityDbContext, long, DateTime, DateOnly, DateOnly, int, Task<int>>> FirstParticipants = new();

    private static Func<CommunityDbContext, long, DateTime, DateOnly, DateOnly, int, Task<int>> CompileFirstParticipants() =>
        EF.CompileAsyncQuery((CommunityDbContext db, long group, DateTime to, DateOnly firstDay, DateOnly endDay, int needed) =>
            db.GroupParticipationDays
                .Where(d => d.GroupId == group && d.Day >= firstDay && d.Day < endDay)
                .Where(d => db.GroupMembershipPeriods.Any(p => p.MemberId == d.MemberId && p.GroupId == group
                    && p.JoinedAt <= to && (p.LeftAt == null || p.LeftAt > to)))
                // Most members lost nothing in the period; the few who did must have more contributions than losses.
                .Where(d => db.GroupParticipationLosses
                        .Where(l => l.GroupId == group && l.Day >= firstDay && l.Day < endDay && (l.LostAt < to || (l.IsWithdrawal && l.LostAt == to)))
                        .Select(l => l.MemberId).Contains(d.MemberId)
                    ? db.GroupParticipationDays
                            .Where(o => o.GroupId == group && o.MemberId == d.MemberId && o.Day >= firstDay && o.Day < endDay)
                            .Sum(o => o.Contributions)
                        > db.GroupParticipationLosses.LongCount(l => l.GroupId == group && l.MemberId == d.MemberId && l.Day >= firstDay && l.Day < endDay
                            && (l.LostAt < to || (l.IsWithdrawal && l.LostAt == to)))
                    : true)
                .Select(d => d.MemberId)
                .Distinct()
                .Take(needed)
                .Count());

    /// <summary>
    /// How many of <paramref name="ids"/> viewed a post in the period: the viewers of its whole months, read once,
    /// and a seek per other member into its views before and after those months.
    /// </summary>
    private Task<long> ViewersAsync(KpiDaySplit days, IQueryable<long> ids, CancellationToken cancellationToken)
    {
        var (from, to, firstMonth, endMonth, monthsFrom, monthsTo) = (days.From, days.To, days.FirstMonth, days.EndMonth, days.MonthsFrom, days.MonthsTo);
        var viewedInMonths = db.ViewMonths.Where(m => m.Month >= firstMonth && m.Month < endMonth).Select(m => m.MemberId);
        return ids.LongCountAsync(id => viewedInMonths.Contains(id)
            || db.PostViews.Any(v => v.MemberId == id && v.ViewedAt >= from && v.ViewedAt < monthsFrom)
            || db.PostViews.Any(v => v.MemberId == id && v.ViewedAt >= monthsTo && v.ViewedAt < to), cancellationToken);
    }

    private async Task<KpiDayCounts> DayTotalsAsync(KpiDaySplit days, CancellationToken cancellationToken)
    {
        var (firstDay, endDay) = (days.FirstDay, days.EndDay);
        // The folded totals and the deltas not folded yet.
        return await db.KpiDayTotals.Where(t => t.Day >= firstDay && t.Day < endDay)
            .Select(t => new { t.ActiveMembers, t.Posts, t.Views, t.Comments, t.Reactions })
            .Concat(db.KpiDayDeltas.Where(d => d.Day >= firstDay && d.Day < endDay)
                .Select(d => new { d.ActiveMembers, d.Posts, d.Views, d.Comments, d.Reactions }))
            .GroupBy(t => 1)
            .Select(g => new KpiDayCounts(g.Sum(t => t.ActiveMembers), g.Sum(t => t.Posts), g.Sum(t => t.Views), g.Sum(t => t.Comments), g.Sum(t => t.Reactions)))
            .FirstOrDefaultAsync(cancellationToken) ?? KpiDayCounts.None;
    }

    /// <summary>
    /// <see cref="ActiveGroupCountAsync"/> over whole days: per group, the distinct members at the period's end whose
    /// contributions of those days still stand at its end, counted only until the group's 5% are found.
    /// </summary>
    private async Task<long> ActiveGroupCountFromRollupsAsync(KpiDaySplit days, long? groupId, bool includeSecret, CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            return await ActiveGroupCountInOneStatementAsync(days, groupId, includeSecret, cancellationToken);
        }

        var firstParticipants = FirstParticipants.GetOrAdd(db.Model, _ => CompileFirstParticipants());
        long active = 0;
        foreach (var (group, size) in await GroupSizesAsync(days.To, groupId, includeSecret, cancellationToken))
        {
            var needed = (int)((size + 19) / 20);
            if (await firstParticipants(db, group, days.To, days.FirstDay, days.EndDay, needed) >= needed)
            {
                active++;
            }
        }

        return active;
    }

    /// <summary>Members per group at <paramref name="to"/>, for the groups the count covers.</summary>
    private async Task<Dictionary<long, long>> GroupSizesAsync(DateTime to, long? groupId, bool includeSecret, CancellationToken cancellationToken)
    {
        var sized = db.GroupMembershipPeriods.At(to).Where(p => groupId == null || p.GroupId == groupId);
        if (!includeSecret)
        {
            sized = sized.Where(p => db.Groups.Any(g => g.Id == p.GroupId && g.Visibility != GroupVisibility.Secret));
        }

        return await sized.GroupBy(p => p.GroupId).Select(g => new { GroupId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(g => g.GroupId, g => g.Count, cancellationToken);
    }

    /// <summary>Beyond this many days, PostgreSQL finds a group's participants member by member (see below).</summary>
    private const int LongPeriodDays = 90;

    /// <summary>A group's first participants, from its contribution days of the period (<c>s</c>: the group and its size).</summary>
    private const string ParticipantsByDay = """
                SELECT count(*) AS "Found" FROM (
                    SELECT DISTINCT d."MemberId" FROM "GroupParticipationDays" d
                    WHERE d."GroupId" = s."GroupId" AND d."Day" >= {1} AND d."Day" < {2}
                      AND EXISTS (SELECT 1 FROM "GroupMembershipPeriods" p WHERE p."MemberId" = d."MemberId" AND p."GroupId" = s."GroupId"
                          AND p."JoinedAt" <= {0} AND (p."LeftAt" IS NULL OR p."LeftAt" > {0}))
                      AND CASE WHEN d."MemberId" IN (SELECT l."MemberId" FROM "GroupParticipationLosses" l
                              WHERE l."GroupId" = s."GroupId" AND l."Day" >= {1} AND l."Day" < {2}
                                AND (l."LostAt" < {0} OR (l."IsWithdrawal" AND l."LostAt" = {0})))
                          THEN (SELECT sum(o."Contributions") FROM "GroupParticipationDays" o
                                  WHERE o."GroupId" = s."GroupId" AND o."MemberId" = d."MemberId" AND o."Day" >= {1} AND o."Day" < {2})
                              > (SELECT count(*) FROM "GroupParticipationLosses" l
                                  WHERE l."GroupId" = s."GroupId" AND l."MemberId" = d."MemberId" AND l."Day" >= {1} AND l."Day" < {2}
                                    AND (l."LostAt" < {0} OR (l."IsWithdrawal" AND l."LostAt" = {0})))
                          ELSE true
                      END
        """;

    /// <summary>A group's first participants, from its members at the period's end, each looked up in the contributions.</summary>
    private const string ParticipantsByMember = """
                SELECT count(*) AS "Found" FROM (
                    SELECT 1 FROM "GroupMembershipPeriods" p
                    WHERE p."GroupId" = s."GroupId" AND p."JoinedAt" <= {0} AND (p."LeftAt" IS NULL OR p."LeftAt" > {0})
                      AND CASE WHEN p."MemberId" IN (SELECT l."MemberId" FROM "GroupParticipationLosses" l
                              WHERE l."GroupId" = s."GroupId" AND l."Day" >= {1} AND l."Day" < {2}
                                AND (l."LostAt" < {0} OR (l."IsWithdrawal" AND l."LostAt" = {0})))
                          THEN COALESCE((SELECT sum(d."Contributions") FROM "GroupParticipationDays" d
                                  WHERE d."GroupId" = p."GroupId" AND d."MemberId" = p."MemberId" AND d."Day" >= {1} AND d."Day" < {2}), 0)
                              > (SELECT count(*) FROM "GroupParticipationLosses" l
                                  WHERE l."GroupId" = p."GroupId" AND l."MemberId" = p."MemberId" AND l."Day" >= {1} AND l."Day" < {2}
                                    AND (l."LostAt" < {0} OR (l."IsWithdrawal" AND l."LostAt" = {0})))
                          ELSE EXISTS (SELECT 1 FROM "GroupParticipationDays" d
                                  WHERE d."GroupId" = p."GroupId" AND d."MemberId" = p."MemberId" AND d."Day" >= {1} AND d."Day" < {2})
                      END
        """;

    /// <summary>
    /// The same count as one statement, for PostgreSQL, where a round trip per group costs more than the work: a
    /// lateral subquery per group whose <c>LIMIT</c> is that group's 5% (SQLite's <c>LIMIT</c> cannot read the row).
    /// </summary>
    private async Task<long> ActiveGroupCountInOneStatementAsync(KpiDaySplit days, long? groupId, bool includeSecret, CancellationToken cancellationToken)
    {
        var groupFilter = groupId is null ? "" : """AND p."GroupId" = {4}""";
        var secretFilter = includeSecret ? "" : """AND EXISTS (SELECT 1 FROM "Groups" g WHERE g."Id" = p."GroupId" AND g."Visibility" <> {3})""";
        // PostgreSQL does not stop a DISTINCT early: over a long period, walk each group's members (in key order) and
        // look up their contributions instead of reading the period's contribution days.
        var participants = days.EndDay.DayNumber - days.FirstDay.DayNumber > LongPeriodDays ? ParticipantsByMember : ParticipantsByDay;
        var sql = $$"""
            WITH sizes AS (
                SELECT p."GroupId", count(*) AS "Size" FROM "GroupMembershipPeriods" p
                WHERE p."JoinedAt" <= {0} AND (p."LeftAt" IS NULL OR p."LeftAt" > {0}) {{groupFilter}} {{secretFilter}}
                GROUP BY p."GroupId")
            SELECT count(*) AS "Value" FROM sizes s CROSS JOIN LATERAL (
                {{participants}}
                    LIMIT (s."Size" + 19) / 20) found) c
            WHERE c."Found" * 20 >= s."Size"
            """;
        return await db.Database.SqlQueryRaw<long>(sql, days.To, days.FirstDay, days.EndDay, (int)GroupVisibility.Secret, groupId ?? 0)
            .SingleAsync(cancellationToken);
    }
}
