using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>The reactions of one subject by kind, read now: what subscribers and webhooks get after a reaction changed.</summary>
internal static class ReactionCounts
{
    /// <summary>The reactions of the post (<paramref name="commentId"/> null) or of one of its comments, in kind order; kinds nobody used are left out.</summary>
    public static async Task<IReadOnlyList<ReactionCount>> OfAsync(CommunityDbContext db, long postId, long? commentId, CancellationToken cancellationToken)
    {
        var counts = await db.Reactions.AsNoTracking()
            .Where(r => r.PostId == postId && r.CommentId == commentId)
            .GroupBy(r => r.Kind).Select(g => new { Kind = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.OrderBy(c => c.Kind).Select(c => new ReactionCount(c.Kind, c.Count)).ToArray();
    }
}
