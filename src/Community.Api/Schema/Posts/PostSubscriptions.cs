using Community.Api.Realtime;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Posts;

/// <summary>
/// <c>postCreated</c>: each post that becomes visible (published, or a scheduled post coming due) and that
/// the subscriber may read when it is delivered, filtered by <c>PostCreatedFilterInput</c> in the
/// database, or the subscriber's feed without a filter.
/// </summary>
internal static class PostSubscriptions
{
    public static SchemaBuilder AddPostSubscriptionTypes(this SchemaBuilder builder) => builder
        .InputObjectType("PostCreatedFilterInput", i => i
            .Description("Which new posts postCreated delivers; every criterion given must hold. Without a filter, postCreated delivers what the subscriber's feed shows.")
            .Field("groupIds", "[ID!]", f => f.Description("Only posts in these groups. Ids of groups the subscriber may not read (or that do not exist) simply match nothing."))
            .Field("topics", "[String!]", f => f.Description("Only posts with at least one of these topics (compared as topics are stored: trimmed and lower-cased)."))
            .Field("kinds", "[PostKind!]", f => f.Description("Only posts of these kinds."))
            .Field("authorKind", "MemberKind", f => f.Description("Only posts whose author is of this kind (employees or guests).")));

    public static ObjectTypeDescriptor AddPostSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("postCreated", "Post!", f => f
            .Description("Each post that becomes visible from now on (a scheduled post when it comes due) and that the signed-in member may read when it arrives. Without where: the posts the member's feed shows; with where: every readable post that matches it.")
            .Argument("where", "PostCreatedFilterInput", a => a.Description("Which posts to deliver; omit it for the member's feed."))
            .Subscribe(async ctx =>
            {
                await ctx.ViewerAsync();
                var filter = PostCreatedFilter.Read(ctx.Arguments.GetValueOrDefault("where") as IReadOnlyDictionary<string, object?>);
                return await EventStreams.OpenAsync(ctx, CommunityTopics.PostCreated, async (db, viewer, postId, ct) =>
                    await filter.Apply(db, viewer, ctx.Now()).AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, ct));
            })
            .Resolve(ctx => ctx.Parent));
}
