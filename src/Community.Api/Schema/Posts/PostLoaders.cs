using Community.Domain.Model;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>
/// The per-post figures of a page, each loaded for every post of the request in one statement, so
/// that a page of 50 posts costs the statements a page of 10 costs.
/// </summary>
internal static class PostLoaders
{
    public static Task<int> CommentCountAsync(this IResolverContext context, long postId) =>
        Load(context, "post.commentCount", postId, 0, async (db, ids, ct) => await db.Comments
            .Where(c => ids.Contains(c.PostId) && c.DeletedAt == null)
            .GroupBy(c => c.PostId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    public static Task<int> ViewCountAsync(this IResolverContext context, long postId) =>
        Load(context, "post.viewCount", postId, 0, async (db, ids, ct) => await db.PostViews
            .Where(v => ids.Contains(v.PostId))
            .GroupBy(v => v.PostId).Select(g => new { g.Key, Count = g.Select(v => v.MemberId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    public static Task<IReadOnlyList<ReactionCount>> ReactionCountsAsync(this IResolverContext context, long postId) =>
        Load<IReadOnlyList<ReactionCount>>(context, "post.reactionCounts", postId, [], async (db, ids, ct) =>
        {
            var rows = await db.Reactions
                .Where(r => ids.Contains(r.PostId) && r.CommentId == null)
                .GroupBy(r => new { r.PostId, r.Kind }).Select(g => new { g.Key.PostId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(ct);
            return rows.GroupBy(r => r.PostId).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ReactionCount>)g.OrderBy(r => r.Kind).Select(r => new ReactionCount(r.Kind, r.Count)).ToArray());
        });

    /// <summary>The post's topic names, in alphabetical order.</summary>
    public static Task<IReadOnlyList<string>> TopicsAsync(this IResolverContext context, long postId) =>
        Load<IReadOnlyList<string>>(context, "post.topics", postId, [], async (db, ids, ct) =>
        {
            var rows = await db.PostTopics.Where(t => ids.Contains(t.PostId)).Select(t => new { t.PostId, t.Topic.Name }).ToListAsync(ct);
            return rows.GroupBy(r => r.PostId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.Name).Order(StringComparer.Ordinal).ToArray());
        });

    public static async Task<ReactionKind?> ViewerReactionAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        return await Load<ReactionKind?>(context, "post.viewerReaction", postId, null, async (db, ids, ct) => await db.Reactions
            .Where(r => ids.Contains(r.PostId) && r.CommentId == null && r.MemberId == viewer.Id)
            .Select(r => new { r.PostId, r.Kind })
            .ToDictionaryAsync(r => r.PostId, r => (ReactionKind?)r.Kind, ct));
    }

    public static async Task<bool> ViewerHasSeenAsync(this IResolverContext context, long postId)
    {
        var viewer = await context.ViewerAsync();
        return await Load(context, "post.viewerHasSeen", postId, false, async (db, ids, ct) =>
        {
            var seen = await db.PostViews.Where(v => ids.Contains(v.PostId) && v.MemberId == viewer.Id).Select(v => v.PostId).Distinct().ToListAsync(ct);
            return seen.ToDictionary(id => id, _ => true);
        });
    }

    /// <summary>How many reactions of each kind a comment has.</summary>
    public static Task<IReadOnlyList<ReactionCount>> CommentReactionCountsAsync(this IResolverContext context, long commentId) =>
        Load<IReadOnlyList<ReactionCount>>(context, "comment.reactionCounts", commentId, [], async (db, ids, ct) =>
        {
            var rows = await db.Reactions
                .Where(r => r.CommentId != null && ids.Contains(r.CommentId.Value))
                .GroupBy(r => new { r.CommentId, r.Kind }).Select(g => new { g.Key.CommentId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(ct);
            return rows.GroupBy(r => r.CommentId!.Value).ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ReactionCount>)g.OrderBy(r => r.Kind).Select(r => new ReactionCount(r.Kind, r.Count)).ToArray());
        });

    /// <summary>The viewer's reaction to a comment.</summary>
    public static async Task<ReactionKind?> CommentViewerReactionAsync(this IResolverContext context, long commentId)
    {
        var viewer = await context.ViewerAsync();
        return await Load<ReactionKind?>(context, "comment.viewerReaction", commentId, null, async (db, ids, ct) => await db.Reactions
            .Where(r => r.CommentId != null && ids.Contains(r.CommentId.Value) && r.MemberId == viewer.Id)
            .Select(r => new { CommentId = r.CommentId!.Value, r.Kind })
            .ToDictionaryAsync(r => r.CommentId, r => (ReactionKind?)r.Kind, ct));
    }

    private static async Task<T> Load<T>(IResolverContext context, string name, long key, T missing,
        Func<Community.Domain.Persistence.CommunityDbContext, IReadOnlyList<long>, CancellationToken, Task<Dictionary<long, T>>> query)
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

/// <summary>How many reactions of one kind a post has.</summary>
internal sealed record ReactionCount(ReactionKind Kind, int Count);
