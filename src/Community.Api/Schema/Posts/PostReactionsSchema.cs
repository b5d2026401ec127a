using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>Who reacted to a post: <c>Post.reactions</c>, paged and filtered by kind.</summary>
internal static class PostReactionsSchema
{
    public static SchemaBuilder AddPostReactionTypes(this SchemaBuilder builder, DataConventions data) => builder
        .ObjectType<Reaction>("Reaction", t => t
            .Description("A member's reaction to a post.")
            .Field("member", "Member!", f => f
                .Description("Who reacted.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<Reaction>().MemberId)))
            .Field(r => r.Kind, f => f.Description("The reaction."))
            .Field(r => r.CreatedAt, f => f.Description("When the member reacted so (reacting again with another kind moves it).")))
        .ExtendObjectType<Post>("Post", t => t
            .Field("reactions", f => f
                .Description("Who reacted to the post, newest first unless ordered otherwise; filter by kind. Seen by whoever may read the post, listing the members the viewer may find in the directory (reactionCounts counts everyone).")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Reaction>(conventions: data)
                .UseProjection<Reaction>(data)
                .UseFiltering<Reaction>(data)
                .UseSorting<Reaction>(data)
                .UseDefaultOrder<Reaction>(o => o.Descending(r => r.CreatedAt), data)
                .ResolveAsync(async ctx =>
                {
                    var db = ctx.DbContext<CommunityDbContext>();
                    var postId = ctx.ParentAs<Post>().Id;
                    var members = db.VisibleMembers(await ctx.ViewerAsync());
                    return db.Reactions.Where(r => r.PostId == postId && r.CommentId == null && members.Any(m => m.Id == r.MemberId));
                })));
}
