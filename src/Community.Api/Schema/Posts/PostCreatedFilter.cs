using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL;

namespace Community.Api.Schema.Posts;

/// <summary>The filter of one postCreated subscription, applied in SQL to each new post.</summary>
internal sealed record PostCreatedFilter(bool Feed, List<long>? GroupIds, List<string>? Topics, List<PostKind>? Kinds, MemberKind? AuthorKind)
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
