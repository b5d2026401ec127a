using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema;

/// <summary>
/// Posts by id as the viewer may read them, batched per request: what notifications and praise
/// point at resolves to null when the viewer may not (or may no longer) read it.
/// </summary>
internal static class VisiblePostLoader
{
    public static async Task<Post?> VisiblePostAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        var now = context.Now();
        var factory = context.DbFactory();
        return await context.DataLoader<long, Post>("post.visibleById", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.VisiblePosts(viewer, now).AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        }).LoadAsync(postId);
    }
}
