using Community.Api.Schema.Announcements;
using Community.Api.Schema.Recognition;
using Community.Api.Schema.Polls;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Text;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Projections;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>Posts: the <c>Post</c> type, its figures for the viewer, its comments, and the lists <c>posts</c> and <c>feed</c>.</summary>
internal static class PostSchema
{
    public static SchemaBuilder AddPostTypes(this SchemaBuilder builder, DataConventions data) => builder
        .ObjectType<ReactionCount>("ReactionCount", t => t
            .Description("How many reactions of one kind a post has.")
            .Field(r => r.Kind, f => f.Description("The kind of reaction."))
            .Field(r => r.Count, f => f.Description("How many members reacted so.")))
        .ObjectType<Post>("Post", t => t
            .Description("A post in a group or in the company-wide space: an update, announcement, question, praise or poll.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The post's global id.").Resolve(ctx => GlobalId.Encode("Post", ctx.ParentAs<Post>().Id)))
            .Field(p => p.Kind, f => f.Description("What the post is."))
            .Field(p => p.Title, f => f.Description("The title, if the author gave one."))
            .Field(p => p.Body, f => f.Description("The text, in Markdown."))
            .Field("bodyHtml", "String!", f => f
                .Description("The text rendered to HTML (safe to embed: raw HTML in the Markdown is not passed through).")
                .Resolve(ctx => MarkdownRenderer.ToHtml(ctx.ParentAs<Post>().Body)))
            .Field("author", "Member!", f => f
                .Description("Who wrote the post.")
                .ResolveAsync(async ctx => ctx.ParentAs<Post>().Author ?? await ctx.MemberAsync(ctx.ParentAs<Post>().AuthorId)))
            .Field("group", "Group", f => f
                .Description("The group the post is in; null for the company-wide space.")
                .ResolveAsync(async ctx => ctx.ParentAs<Post>() is { GroupId: { } groupId } post ? post.Group ?? await ctx.GroupAsync(groupId) : null))
            .Field(p => p.PublishedAt, f => f.Description("When the post became (or becomes, when scheduled) visible."))
            .Field(p => p.EditedAt, f => f.Description("When the post was last edited; null if never."))
            .Field(p => p.IsPinned, f => f.Description("Pinned posts come first in feeds."))
            .Field("topics", "[String!]!", f => f
                .Description("The post's topics, by name (lower case, without #).")
                .ResolveAsync(ctx => ctx.TopicsAsync(ctx.ParentAs<Post>().Id)))
            .Field("commentCount", "Int!", f => f
                .Description("How many comments the post has (deleted ones not counted).")
                .ResolveAsync(ctx => ComputedOr(ctx, "commentCount", ctx.CommentCountAsync)))
            .Field("reactionCounts", "[ReactionCount!]!", f => f
                .Description("How many reactions of each kind the post has; kinds nobody used are left out.")
                .ResolveAsync(ctx => ctx.ReactionCountsAsync(ctx.ParentAs<Post>().Id)))
            .Field("viewerReaction", "ReactionKind", f => f
                .Description("The signed-in member's reaction to the post; null if none.")
                .ResolveAsync(ctx => ComputedOr(ctx, "viewerReaction", ctx.ViewerReactionAsync)))
            .Field("viewerHasSeen", "Boolean!", f => f
                .Description("Whether the signed-in member has seen the post (markPostsSeen records it).")
                .ResolveAsync(ctx => ComputedOr(ctx, "viewerHasSeen", ctx.ViewerHasSeenAsync)))
            .Field("praise", "Praise", f => f.Description("For a praise post: who was praised and with which badge; null for other posts.").ResolveAsync(RecognitionSchema.PraiseOfPostAsync))
            .Field("viewCount", "Int!", f => f
                .Description("How many members have seen the post.")
                .ResolveAsync(ctx => ComputedOr(ctx, "viewCount", ctx.ViewCountAsync)))
            .AddPostPollField()
            .AddAnnouncementFields(data)
            .Field("comments", f => f
                .Description("The post's comments, oldest first unless ordered otherwise; replies carry their parent.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Comment>(conventions: data)
                .UseProjection<Comment>(data)
                .UseFiltering<Comment>(data)
                .UseSorting<Comment>(data)
                .UseDefaultOrder<Comment>(o => o.Ascending(c => c.CreatedAt), data)
                .Resolve(ctx => ctx.DbContext<CommunityDbContext>().Comments.Where(c => c.PostId == ctx.ParentAs<Post>().Id && c.DeletedAt == null))))
        .ObjectType<Comment>("Comment", t => t
            .Description("A comment on a post, or a reply to another comment.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The comment's global id.").Resolve(ctx => GlobalId.Encode("Comment", ctx.ParentAs<Comment>().Id)))
            .Field(c => c.Body, f => f.Description("The text, in Markdown."))
            .Field("author", "Member!", f => f
                .Description("Who wrote the comment.")
                .ResolveAsync(async ctx => ctx.ParentAs<Comment>().Author ?? await ctx.MemberAsync(ctx.ParentAs<Comment>().AuthorId)))
            .Field("parentId", "ID", f => f
                .Description("The comment this one replies to; null for a comment on the post itself.")
                .Resolve(ctx => ctx.ParentAs<Comment>().ParentCommentId is { } parent ? GlobalId.Encode("Comment", parent) : null))
            .Field(c => c.CreatedAt, f => f.Description("When the comment was written."))
            .Field(c => c.EditedAt, f => f.Description("When the comment was last edited; null if never.")));

    public static ObjectTypeDescriptor AddPostQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("posts", f => f
            .Description("Every post the viewer may read, newest first unless ordered otherwise: the company-wide space (employees; guests only the announcements addressed to their groups), public groups (employees) and the viewer's groups.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Post>(conventions: data)
            .UseProjection<Post>(data)
            .UseFiltering<Post>(data)
            .UseSorting<Post>(data)
            .UseDefaultOrder<Post>(o => o.Descending(p => p.PublishedAt), data)
            .ResolveAsync(async ctx => ctx.DbContext<CommunityDbContext>().VisiblePosts(await ctx.ViewerAsync(), ctx.Now())))
        .Field("feed", f => f
            .Description("The viewer's feed: posts of the viewer's groups, of the members the viewer follows, and the company-wide announcements addressed to the viewer (to everyone, to one of the viewer's groups or to the viewer's department); pinned posts first, then newest first.")
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Post>(conventions: data)
            .UseProjection<Post>(data)
            .UseDefaultOrder<Post>(o => o.Descending(p => p.IsPinned).Descending(p => p.PublishedAt), data)
            .ResolveAsync(async ctx => Feed(ctx.DbContext<CommunityDbContext>(), await ctx.ViewerAsync(), ctx.Now())));

    /// <summary>The value the post's list computed in its own query, or the figure's DataLoader's.</summary>
    private static Task<T> ComputedOr<T>(IResolverContext context, string field, Func<long, Task<T>> load)
    {
        var post = context.ParentAs<Post>();
        return ComputedValues.TryGet<T>(post, field, out var value) ? Task.FromResult(value) : load(post.Id);
    }

    /// <summary>The feed's posts, among those the viewer may read.</summary>
    internal static IQueryable<Post> Feed(CommunityDbContext db, Member viewer, DateTime now) =>
        db.VisiblePosts(viewer, now).Where(p =>
            (p.GroupId != null && db.GroupMemberships.Any(m => m.GroupId == p.GroupId && m.MemberId == viewer.Id))
            || db.Follows.Any(follow => follow.FollowerId == viewer.Id && follow.FolloweeId == p.AuthorId)
            || db.AnnouncementsAddressedTo(viewer).Any(a => a.Id == p.Id)
            || p.AuthorId == viewer.Id);
}
