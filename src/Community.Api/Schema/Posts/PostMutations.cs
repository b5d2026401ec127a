using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Posts;

/// <summary>The mutations on posts: publishing, commenting, reacting and marking posts seen.</summary>
internal static class PostMutations
{
    private static readonly string[] CreatePostCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAMember, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput,
         DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] AddCommentCodes =
        [DomainErrorCodes.PostNotFound, DomainErrorCodes.CommentNotFound, DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] ReactCodes = [DomainErrorCodes.PostNotFound, DomainErrorCodes.CommentNotFound];

    private static readonly string[] MarkSeenCodes = [DomainErrorCodes.PostNotFound, DomainErrorCodes.InvalidInput];

    /// <summary>The most posts one markPostsSeen call records, about a screenful of a feed.</summary>
    public const int MaxSeenPerCall = 50;

    public static SchemaBuilder AddPostMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("CreatePostInput", i => i
            .Description("A new post. Give groupId to post in a group, none for the company-wide space; publishAt in the future schedules it.")
            .Field("groupId", "ID", f => f.Description("The group to post in; null for the company-wide space (employees only)."))
            .Field("kind", "PostKind!", PostKind.Update, f => f.Description("What the post is; praise and polls have mutations of their own."))
            .Field("title", "String", f => f.Description($"An optional title, at most {Post.TitleMaxLength} characters."))
            .Field("body", "String!", f => f.Description("The text, in Markdown; @handles mention members."))
            .Field("topics", "[String!]", f => f.Description("Up to 10 topics, created as needed."))
            .Field("publishAt", "DateTime", f => f.Description("When the post becomes visible; now when omitted."))
            .Field("audience", "AnnouncementAudienceInput", f => f.Description("For an announcement: whom it is addressed to; absent or empty: everyone who gets it in their feed. Refused on other kinds."))
            .Field("requiresAcknowledgement", "Boolean", false, f => f.Description("For an announcement: whether its audience is asked to acknowledge it (acknowledgePost). Refused on other kinds.")))
        .ObjectType("CreatePostPayload", t => t
            .Description("The result of createPost: the new post, or why it was refused.")
            .Field("post", "Post", f => f.Description("The new post; null when refused."))
            .Field("errors", "[CreatePostError!]", f => f.Description("Why the post was refused; null when it was created.")))
        .AddErrorUnion("CreatePostError", "createPost", CreatePostCodes)
        .InputObjectType("AddCommentInput", i => i
            .Description("A comment on a post, or a reply to one of its comments.")
            .Field("postId", "ID!", f => f.Description("The post to comment on."))
            .Field("parentId", "ID", f => f.Description("The comment to reply to; null to comment on the post."))
            .Field("body", "String!", f => f.Description("The text, in Markdown.")))
        .ObjectType("AddCommentPayload", t => t
            .Description("The result of addComment.")
            .Field("comment", "Comment", f => f.Description("The new comment; null when refused."))
            .Field("errors", "[AddCommentError!]", f => f.Description("Why the comment was refused; null when it was added.")))
        .AddErrorUnion("AddCommentError", "addComment", AddCommentCodes)
        .InputObjectType("ReactToPostInput", i => i
            .Description("A reaction to a post; reacting again replaces the kind.")
            .Field("postId", "ID!", f => f.Description("The post to react to."))
            .Field("kind", "ReactionKind!", f => f.Description("The reaction.")))
        .ObjectType("ReactToPostPayload", t => t
            .Description("The result of reactToPost.")
            .Field("post", "Post", f => f.Description("The post, with its new counts; null when refused."))
            .Field("errors", "[ReactToPostError!]", f => f.Description("Why the reaction was refused; null when it counted.")))
        .AddErrorUnion("ReactToPostError", "reactToPost", ReactCodes)
        .InputObjectType("RemoveReactionInput", i => i
            .Description("Withdraws the signed-in member's reaction to a post.")
            .Field("postId", "ID!", f => f.Description("The post.")))
        .ObjectType("RemoveReactionPayload", t => t
            .Description("The result of removeReaction.")
            .Field("post", "Post", f => f.Description("The post, with its new counts; null when refused."))
            .Field("errors", "[RemoveReactionError!]", f => f.Description("Why it was refused; null when done.")))
        .AddErrorUnion("RemoveReactionError", "removeReaction", ReactCodes)
        .InputObjectType("MarkPostsSeenInput", i => i
            .Description($"Posts the member has seen, as a feed scrolls: at most {MaxSeenPerCall} per call.")
            .Field("postIds", "[ID!]!", f => f.Description("The posts seen.")))
        .ObjectType("MarkPostsSeenPayload", t => t
            .Description("The result of markPostsSeen.")
            .Field("posts", "[Post!]", f => f.Description("The posts, now seen; null when refused."))
            .Field("errors", "[MarkPostsSeenError!]", f => f.Description("Why nothing was recorded; null when every view was.")))
        .AddErrorUnion("MarkPostsSeenError", "markPostsSeen", MarkSeenCodes);

    public static ObjectTypeDescriptor AddPostMutations(this ObjectTypeDescriptor m) => m
        .Mutation("createPost", "Publishes a post (or schedules it). Subscribers of postCreated who may read it receive it.",
            "The post.", "post", CreatePostCodes, (ctx, viewer, input) => ctx.Services.GetRequiredService<PostService>().CreateAsync(
                viewer.Id,
                new NewPost(
                    input.GetValueOrDefault("groupId") is string group ? GlobalId.Decode(group, "Group") : null,
                    (PostKind)input["kind"]!,
                    (string)input["body"]!,
                    input.GetValueOrDefault("title") as string,
                    (input.GetValueOrDefault("topics") as IEnumerable<object?>)?.Cast<string>().ToList(),
                    PublishAt: (input.GetValueOrDefault("publishAt") as DateTimeOffset?)?.UtcDateTime,
                    Audience: Announcements.AnnouncementMutations.AudienceInput(input.GetValueOrDefault("audience")),
                    RequiresAcknowledgement: input.GetValueOrDefault("requiresAcknowledgement") is true),
                ctx.CancellationToken))
        .Mutation("addComment", "Comments on a post the viewer may read, or replies to a comment of it.",
            "The comment.", "comment", AddCommentCodes, (ctx, viewer, input) => ctx.Services.GetRequiredService<CommentService>().AddAsync(
                viewer.Id, input.Id("postId", "Post"), (string)input["body"]!,
                input.GetValueOrDefault("parentId") is string parent ? GlobalId.Decode(parent, "Comment") : null, ctx.CancellationToken))
        .Mutation("reactToPost", "Reacts to a post the viewer may read; reacting again replaces the kind.",
            "The reaction.", "post", ReactCodes, async (ctx, viewer, input) =>
            {
                var postId = input.Id("postId", "Post");
                await Reactions(ctx).ReactAsync(viewer.Id, postId, (ReactionKind)input["kind"]!, cancellationToken: ctx.CancellationToken);
                return await ReadPostAsync(ctx, postId);
            })
        .Mutation("removeReaction", "Withdraws the viewer's reaction to a post; nothing happens when there is none.",
            "The post.", "post", ReactCodes, async (ctx, viewer, input) =>
            {
                var postId = input.Id("postId", "Post");
                await Reactions(ctx).RemoveAsync(viewer.Id, postId, cancellationToken: ctx.CancellationToken);
                return await ReadPostAsync(ctx, postId);
            })
        .Mutation("markPostsSeen", $"Records that the viewer saw these posts (their view counts and viewerHasSeen follow). At most {MaxSeenPerCall} per call; all or none are recorded.",
            "The posts seen.", "posts", MarkSeenCodes, async (ctx, viewer, input) =>
            {
                var ids = ((IEnumerable<object?>)input["postIds"]!).Cast<string>().Select(id => GlobalId.Decode(id, "Post")).Distinct().ToList();
                if (ids.Count > MaxSeenPerCall)
                {
                    throw new DomainException(DomainErrors.InvalidInput("postIds", $"{ids.Count} posts were given; mark at most {MaxSeenPerCall} per call."));
                }

                await ctx.Services.GetRequiredService<PostService>().RecordViewsAsync(viewer.Id, ids, ctx.CancellationToken);
                var posts = new List<Post>(ids.Count);
                foreach (var id in ids)
                {
                    posts.Add(await ReadPostAsync(ctx, id));
                }

                return posts;
            });

    private static ReactionService Reactions(IResolverContext context) => context.Services.GetRequiredService<ReactionService>();

    private static async Task<Post> ReadPostAsync(IResolverContext context, long postId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var viewer = await context.ViewerAsync();
        return db.VisiblePosts(viewer, context.Now()).FirstOrDefault(p => p.Id == postId)
            ?? throw new DomainException(DomainErrors.PostNotFound(postId));
    }
}
