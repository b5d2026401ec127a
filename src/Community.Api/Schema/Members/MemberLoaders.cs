using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Members;

/// <summary>Per-member figures of a page, each one statement for every member of the request.</summary>
internal static class MemberLoaders
{
    public static async Task<int> FollowerCountAsync(this IResolverContext context, long memberId)
    {
        var factory = context.DbFactory();
        return await context.DataLoader<long, int>("member.followerCount", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.Follows.Where(f => ids.Contains(f.FolloweeId))
                .GroupBy(f => f.FolloweeId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }).LoadAsync(memberId);
    }

    public static async Task<bool> ViewerFollowsAsync(this IResolverContext context, long memberId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, bool>("member.viewerFollows", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var followed = await db.Follows.Where(f => f.FollowerId == viewer.Id && ids.Contains(f.FolloweeId)).Select(f => f.FolloweeId).ToListAsync(ct);
            return followed.ToDictionary(id => id, _ => true);
        }).LoadAsync(memberId);
    }
}
