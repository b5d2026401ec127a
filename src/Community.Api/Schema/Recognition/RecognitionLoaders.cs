using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Recognition;

/// <summary>
/// The recognition figures of a page (points, badges, a praise post's praise and recipients), each
/// loaded for every member or post of the request in one statement.
/// </summary>
internal static class RecognitionLoaders
{
    /// <summary>A member's points: the sum of their ledger lines.</summary>
    public static Task<int> PointsAsync(this IResolverContext context, long memberId) =>
        Load(context, "member.points", memberId, 0, async (db, ids, ct) => await db.PointsEntries
            .Where(e => ids.Contains(e.MemberId))
            .GroupBy(e => e.MemberId).Select(g => new { g.Key, Total = g.Sum(e => e.Points) })
            .ToDictionaryAsync(g => g.Key, g => g.Total, ct));

    /// <summary>
    /// A member's badges, one line per badge: awards given with praise count only when the viewer may
    /// read that praise post, so praise in a secret group is not counted for outsiders.
    /// </summary>
    public static async Task<IReadOnlyList<EarnedBadge>> EarnedBadgesAsync(this IResolverContext context, long memberId)
    {
        var viewer = await context.ViewerAsync();
        var now = context.Now();
        return await Load<IReadOnlyList<EarnedBadge>>(context, "member.badges", memberId, [], async (db, ids, ct) =>
        {
            var visiblePosts = db.VisiblePosts(viewer, now);
            var rows = await db.MemberBadges
                .Where(mb => ids.Contains(mb.MemberId) && (mb.PraiseId == null || visiblePosts.Any(p => p.Id == mb.Praise!.PostId)))
                .GroupBy(mb => new { mb.MemberId, mb.BadgeId })
                .Select(g => new { g.Key.MemberId, g.Key.BadgeId, Count = g.Count(), Last = g.Max(mb => mb.AwardedAt) })
                .ToListAsync(ct);
            var badgeIds = rows.Select(r => r.BadgeId).Distinct().ToList();
            var badges = await db.Badges.AsNoTracking().Where(b => badgeIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
            return rows.GroupBy(r => r.MemberId).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<EarnedBadge>)g.OrderByDescending(r => r.Last).ThenBy(r => r.BadgeId)
                    .Select(r => new EarnedBadge(badges[r.BadgeId], r.Count, r.Last)).ToArray());
        });
    }

    /// <summary>The praise a praise post carries; null for other posts.</summary>
    public static Task<Praise?> PraiseOfPostAsync(this IResolverContext context, long postId) =>
        Load<Praise?>(context, "post.praise", postId, null, async (db, ids, ct) => await db.Praises.AsNoTracking()
            .Where(p => ids.Contains(p.PostId))
            .ToDictionaryAsync(p => p.PostId, p => (Praise?)p, ct));

    /// <summary>The members a praise recognises that the viewer may find in the directory, in the order of their names.</summary>
    public static async Task<IReadOnlyList<Member>> RecipientsAsync(this IResolverContext context, long praiseId)
    {
        var viewer = await context.ViewerAsync();
        return await Load<IReadOnlyList<Member>>(context, "praise.recipients", praiseId, [], async (db, ids, ct) =>
        {
            var visibleMembers = db.VisibleMembers(viewer);
            var rows = await db.PraiseRecipients.AsNoTracking()
                .Where(r => ids.Contains(r.PraiseId) && visibleMembers.Any(m => m.Id == r.MemberId))
                .Select(r => new { r.PraiseId, r.Member })
                .ToListAsync(ct);
            return rows.GroupBy(r => r.PraiseId).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<Member>)g.Select(r => r.Member).OrderBy(m => m.DisplayName, StringComparer.Ordinal).ToArray());
        });
    }

    public static Task<Badge?> BadgeAsync(this IResolverContext context, long badgeId) =>
        Load<Badge?>(context, "badge.byId", badgeId, null, async (db, ids, ct) => await db.Badges.AsNoTracking()
            .Where(b => ids.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => (Badge?)b, ct));

    private static async Task<T> Load<T>(IResolverContext context, string name, long key, T missing,
        Func<CommunityDbContext, IReadOnlyList<long>, CancellationToken, Task<Dictionary<long, T>>> query)
    {
        var factory = context.DbFactory();
        var loader = context.DataLoader<long, T>(name, async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await query(db, ids, ct);
        });
        var value = await loader.LoadAsync(key);
        return value is null ? missing : value;
    }
}

/// <summary>A badge a member has earned, how often, and when last.</summary>
internal sealed record EarnedBadge(Badge Badge, int Count, DateTime LastAwardedAt);
