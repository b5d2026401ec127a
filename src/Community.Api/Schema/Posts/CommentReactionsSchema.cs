using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Posts;

/// <summary>Reactions to comments: their counts and the viewer's own on <c>Comment</c>, and reacting or withdrawing.</summary>
internal static class CommentReactionsSchema
{
    private static readonly string[] ReactCodes = [DomainErrorCodes.CommentNotFound, DomainErrorCodes.PostNotFound];

    public static SchemaBuilder AddCommentReactionTypes(this SchemaBuilder builder) => builder
        .ExtendObjectType<Comment>("Comment", t => t
            .Field("reactionCounts", "[ReactionCount!]!", f => f
                .Description("How many reactions of each kind the comment has; kinds nobody used are left out.")
                .ResolveAsync(ctx => ctx.CommentReactionCountsAsync(ctx.ParentAs<Comment>().Id)))
            .Field("viewerReaction", "ReactionKind", f => f
                .Description("The signed-in member's reaction to the comment; null if none.")
                .ResolveAsync(ctx => ctx.CommentViewerReactionAsync(ctx.ParentAs<Comment>().Id))))
        .InputObjectType("ReactToCommentInput", i => i
            .Description("A reaction to a comment.")
            .Field("commentId", "ID!", f => f.Description("The comment to react to."))
            .Field("kind", "ReactionKind!", f => f.Description("The reaction.")))
        .AddPayload("reactToComment", "comment", "Comment", "The comment, with its new counts; null when refused.", ReactCodes)
        .InputObjectType("RemoveCommentReactionInput", i => i
            .Description("A comment whose reaction by the viewer to withdraw.")
            .Field("commentId", "ID!", f => f.Description("The comment.")))
        .AddPayload("removeCommentReaction", "comment", "Comment", "The comment, with its new counts; null when refused.", ReactCodes);

    public static ObjectTypeDescriptor AddCommentReactionMutations(this ObjectTypeDescriptor m) => m
        .Mutation("reactToComment", "Reacts to a comment of a post the viewer may read; reacting again replaces the kind.",
            "The reaction.", "comment", ReactCodes, (ctx, viewer, input) => ReactAsync(ctx, viewer, input, (ReactionKind)input["kind"]!))
        .Mutation("removeCommentReaction", "Withdraws the viewer's reaction to a comment; nothing happens when there is none.",
            "The comment.", "comment", ReactCodes, (ctx, viewer, input) => ReactAsync(ctx, viewer, input, null));

    private static async Task<Comment> ReactAsync(IResolverContext context, Member viewer, IReadOnlyDictionary<string, object?> input, ReactionKind? kind)
    {
        var commentId = input.Id("commentId", "Comment");
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var postId = await db.Comments.Where(c => c.Id == commentId && c.DeletedAt == null).Select(c => (long?)c.PostId).FirstOrDefaultAsync(context.CancellationToken)
            ?? throw new DomainException(DomainErrors.CommentNotFound(commentId));
        var reactions = context.Services.GetRequiredService<ReactionService>();
        if (kind is { } reaction)
        {
            await reactions.ReactAsync(viewer.Id, postId, reaction, commentId, context.CancellationToken);
        }
        else
        {
            await reactions.RemoveAsync(viewer.Id, postId, commentId, context.CancellationToken);
        }

        return await db.Comments.AsNoTracking().FirstAsync(c => c.Id == commentId, context.CancellationToken);
    }
}
