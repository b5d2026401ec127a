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
        .Field("reactToComment", "ReactToCommentPayload!", f => f
            .Description("Reacts to a comment of a post the viewer may read; reacting again replaces the kind.")
            .Argument("input", "ReactToCommentInput!", a => a.Description("The reaction."))
            .ResolveAsync(ctx => ReactAsync(ctx, (ReactionKind)ctx.Input()["kind"]!)))
        .Field("removeCommentReaction", "RemoveCommentReactionPayload!", f => f
            .Description("Withdraws the viewer's reaction to a comment; nothing happens when there is none.")
            .Argument("input", "RemoveCommentReactionInput!", a => a.Description("The comment."))
            .ResolveAsync(ctx => ReactAsync(ctx, null)));

    private static async Task<Dictionary<string, object?>> ReactAsync(IResolverContext context, ReactionKind? kind)
    {
        var viewer = await context.ViewerAsync();
        var commentId = GlobalId.Decode((string)context.Input()["commentId"]!, "Comment");
        return await MutationResult.RunAsync("comment", ReactCodes, async () =>
        {
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
        });
    }
}
