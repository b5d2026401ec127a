using Community.Api.Realtime;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;
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

    /// <summary>The filter of one postCreated subscription, applied in SQL to each new post.</summary>
    private sealed record PostCreatedFilter(bool Feed, List<long>? GroupIds, List<string>? Topics, List<PostKind>? Kinds, MemberKind? AuthorKind)
    {
        public static PostCreatedFilter Read(IReadOnlyDictionary<string, object?>? where) => where is null
            ? new PostCreatedFilter(true, null, null, null, null)
            : new PostCreatedFilter(
                false,
                List(where, "groupIds")?.Select(id => GlobalId.Decode((string)id!, "Group")).ToList(),
                List(where, "topics")?.Select(t => NormalizeTopic((string)t!)).ToList(),
                List(where, "kinds")?.Select(k => (PostKind)k!).ToList(),
                where.GetValueOrDefault("authorKind") as MemberKind?);

        public IQueryable<Post> Apply(CommunityDbContext db, Member viewer, DateTime now)
        {
            var posts = Feed ? PostSchema.Feed(db, viewer, now) : db.VisiblePosts(viewer, now);
            if (GroupIds is { } groupIds)
            {
                posts = posts.Where(p => p.GroupId != null && groupIds.Contains(p.GroupId.Value));
            }

            if (Topics is { } topics)
            {
                posts = posts.Where(p => p.Topics.Any(t => topics.Contains(t.Topic.Name)));
            }

            if (Kinds is { } kinds)
            {
                posts = posts.Where(p => kinds.Contains(p.Kind));
            }

            if (AuthorKind is { } authorKind)
            {
                posts = posts.Where(p => p.Author.Kind == authorKind);
            }

            return posts;
        }

        private static string NormalizeTopic(string topic)
        {
            try
            {
                return Topic.Normalize(topic);
            }
            catch (DomainException error)
            {
                throw new GraphQLException(error.Message, SchemaErrorCodes.InvalidArgument);
            }
        }

        private static IEnumerable<object?>? List(IReadOnlyDictionary<string, object?> where, string name) =>
            where.GetValueOrDefault(name) as IEnumerable<object?>;
    }
}
