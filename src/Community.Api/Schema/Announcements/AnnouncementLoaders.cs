using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Announcements;

/// <summary>The per-post announcement figures of a page, each loaded for every post of the request in one batch.</summary>
internal static class AnnouncementLoaders
{
    public static async Task<bool> ViewerHasAcknowledgedAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, bool>("post.viewerHasAcknowledged", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var acknowledged = await db.PostAcknowledgements.Where(a => ids.Contains(a.PostId) && a.MemberId == viewer.Id).Select(a => a.PostId).ToListAsync(ct);
            return acknowledged.ToDictionary(id => id, _ => true);
        }).LoadAsync(postId);
    }

    /// <summary>The audience of each announcement of the batch, its groups reduced to those the viewer may see; null for other posts.</summary>
    public static async Task<AudienceView?> AudienceAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, AudienceView>("post.audience", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var announcements = await db.Posts.Where(p => ids.Contains(p.Id) && p.Kind == PostKind.Announcement)
                .Select(p => new { p.Id, Named = p.AudienceGroups.Any() || p.AudienceDepartments.Any() })
                .ToListAsync(ct);
            var groups = await (
                from target in db.AnnouncementAudienceGroups
                where ids.Contains(target.PostId)
                join g in db.VisibleGroups(viewer) on target.GroupId equals g.Id
                orderby g.Name
                select new { target.PostId, Group = g }).AsNoTracking().ToListAsync(ct);
            var departments = await db.AnnouncementAudienceDepartments.Where(d => ids.Contains(d.PostId))
                .OrderBy(d => d.Department).ToListAsync(ct);
            return announcements.ToDictionary(a => a.Id, a => new AudienceView(
                !a.Named,
                groups.Where(g => g.PostId == a.Id).Select(g => g.Group).ToList(),
                departments.Where(d => d.PostId == a.Id).Select(d => d.Department).ToList()));
        }).LoadAsync(postId);
    }
}
