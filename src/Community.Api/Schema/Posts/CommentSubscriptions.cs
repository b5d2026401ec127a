using Community.Api.Realtime;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>
/// <c>commentAdded</c> and <c>reactionsChanged</c>: what happens under one post or comment, delivered while
/// the subscriber may read the post. A post or comment the subscriber may not read is refused with
/// NOT_FOUND, exactly as one that does not exist.
/// </summary>
internal static class CommentSubscriptions
{
    public static SchemaBuilder AddCommentSubscriptionTypes(this SchemaBuilder builder) => builder
        .ObjectType<ReactionsChange>("ReactionsChange", t => t
            .Description("The reactions of a post or comment after one changed (added, changed or withdrawn).")
            .Field("subjectId", "ID!", f => f.Description("The post or comment whose reactions changed.").Resolve(ctx => ctx.ParentAs<ReactionsChange>().SubjectId))
            .Field("post", "Post!", f => f.Description("The post, or the post of the comment.").Resolve(ctx => ctx.ParentAs<ReactionsChange>().Post))
            .Field("comment", "Comment", f => f.Description("The comment; null when the post's own reactions changed.").Resolve(ctx => ctx.ParentAs<ReactionsChange>().Comment))
            .Field("reactionCounts", "[ReactionCount!]!", f => f
                .Description("How many reactions of each kind the subject has now; kinds nobody used are left out.")
                .Resolve(ctx => ctx.ParentAs<ReactionsChange>().Counts)));

    public static ObjectTypeDescriptor AddCommentSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("commentAdded", "Comment!", f => f
            .Description("Each comment added to the post from now on, while the signed-in member may read the post.")
            .Argument("postId", "ID!", a => a.Description("The post to follow. A post the member may not read is refused with NOT_FOUND, as one that does not exist."))
            .Subscribe(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var id = (string)ctx.Arguments["postId"]!;
                var postId = GlobalId.Decode(id, "Post");
                await using (var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken))
                {
                    if (!await db.VisiblePosts(viewer, ctx.Now()).AnyAsync(p => p.Id == postId, ctx.CancellationToken))
                    {
                        throw EventStreams.NotFound("post", id);
                    }
                }

                return await EventStreams.OpenAsync(ctx, CommunityTopics.CommentAdded(postId), async (db, reader, commentId, ct) =>
                    await db.Comments.AsNoTracking()
                        .Where(c => c.Id == commentId && c.DeletedAt == null && db.VisiblePosts(reader, ctx.Now()).Any(p => p.Id == c.PostId))
                        .FirstOrDefaultAsync(ct));
            })
            .Resolve(ctx => ctx.Parent))
        .Field("reactionsChanged", "ReactionsChange!", f => f
            .Description("The new reaction counts of a post or comment each time a reaction to it is added, changed or withdrawn, while the signed-in member may read the post.")
            .Argument("subjectId", "ID!", a => a.Description("The post or comment to follow. One the member may not read is refused with NOT_FOUND, as one that does not exist."))
            .Subscribe(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var id = (string)ctx.Arguments["subjectId"]!;
                var (isComment, key) = GlobalId.TryDecode(id) is { TypeName: "Post" or "Comment" } subject
                    ? (subject.TypeName == "Comment", subject.Key)
                    : throw new GraphQLException($"\"{(id.Length > 60 ? id[..60] + "..." : id)}\" is not the id of a Post or Comment; use an id the API returned for one.", SchemaErrorCodes.InvalidId);
                await using (var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken))
                {
                    if (await LoadAsync(db, viewer, ctx.Now(), isComment, key, ctx.CancellationToken) is null)
                    {
                        throw EventStreams.NotFound(isComment ? "comment" : "post", id);
                    }
                }

                var topic = isComment ? CommunityTopics.CommentReactionsChanged(key) : CommunityTopics.PostReactionsChanged(key);
                return await EventStreams.OpenAsync(ctx, topic, async (db, reader, _, ct) =>
                    await LoadAsync(db, reader, ctx.Now(), isComment, key, ct));
            })
            .Resolve(ctx => ctx.Parent));

    /// <summary>The subject's reactions now, or null when the viewer may not read it (or it is gone).</summary>
    private static async Task<ReactionsChange?> LoadAsync(CommunityDbContext db, Member viewer, DateTime now, bool isComment, long key,
        CancellationToken cancellationToken)
    {
        var comment = isComment
            ? await db.Comments.AsNoTracking().FirstOrDefaultAsync(c => c.Id == key && c.DeletedAt == null, cancellationToken)
            : null;
        if (isComment && comment is null)
        {
            return null;
        }

        var postId = comment?.PostId ?? key;
        var post = await db.VisiblePosts(viewer, now).AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return null;
        }

        return new ReactionsChange(
            GlobalId.Encode(isComment ? "Comment" : "Post", key),
            post,
            comment,
            await ReactionCounts.OfAsync(db, postId, comment?.Id, cancellationToken));
    }
}
