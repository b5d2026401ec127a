using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Moderation;

/// <summary>The reported posts and comments of a page of reports, each in one statement, as the viewer may read them.</summary>
internal static class ModerationLoaders
{
    /// <summary>The reported post, or null once removed (or not readable by the viewer).</summary>
    public static async Task<Post?> ReportedPostAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        var now = context.Now();
        var factory = context.DbFactory();
        return await context.DataLoader<long, Post>("report.post", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.VisiblePosts(viewer, now).AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        }).LoadAsync(postId);
    }

    /// <summary>The reported comment, or null once removed (or not readable by the viewer).</summary>
    public static async Task<Comment?> ReportedCommentAsync(this IResolverContext context, long commentId)
    {
        var viewer = await context.ViewerAsync();
        var now = context.Now();
        var factory = context.DbFactory();
        return await context.DataLoader<long, Comment>("report.comment", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.Comments.AsNoTracking()
                .Where(c => ids.Contains(c.Id) && c.DeletedAt == null && db.VisiblePosts(viewer, now).Any(p => p.Id == c.PostId))
                .ToDictionaryAsync(c => c.Id, ct);
        }).LoadAsync(commentId);
    }
}
