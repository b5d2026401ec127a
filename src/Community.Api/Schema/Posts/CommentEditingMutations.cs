using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Posts;

/// <summary>What happens to a comment after it is written: editing and deleting.</summary>
internal static class CommentEditingMutations
{
    private static readonly string[] EditCommentCodes =
        [DomainErrorCodes.CommentNotFound, DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] DeleteCommentCodes = [DomainErrorCodes.CommentNotFound, DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized];

    public static SchemaBuilder AddCommentEditingMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("EditCommentInput", i => i
            .Description("The new text of a comment.")
            .Field("commentId", "ID!", f => f.Description("The comment to edit."))
            .Field("body", "String!", f => f.Description("The new text, in Markdown.")))
        .AddPayload("editComment", "comment", "Comment", "The comment as edited; null when refused.", EditCommentCodes)
        .InputObjectType("DeleteCommentInput", i => i
            .Description("A comment to delete.")
            .Field("commentId", "ID!", f => f.Description("The comment to delete.")))
        .AddPayload("deleteComment", "deletedCommentId", "ID", "The id of the deleted comment; null when refused.", DeleteCommentCodes);

    public static ObjectTypeDescriptor AddCommentEditingMutations(this ObjectTypeDescriptor m) => m
        .Mutation("editComment", "Changes a comment's text. Its author and moderators (community moderators, the group's owners and moderators) may.",
            "The comment and its new text.", "comment", EditCommentCodes, (ctx, viewer, input) => Comments(ctx)
                .EditAsync(viewer.Id, input.Id("commentId", "Comment"), (string)input["body"]!, ctx.CancellationToken))
        .Mutation("deleteComment", "Deletes a comment: it leaves the post's comments and comment count; its replies stay. Its author and moderators may.",
            "The comment.", "deletedCommentId", DeleteCommentCodes, async (ctx, viewer, input) =>
            {
                await Comments(ctx).DeleteAsync(viewer.Id, input.Id("commentId", "Comment"), ctx.CancellationToken);
                return (string)input["commentId"]!;
            });

    private static CommentService Comments(IResolverContext context) => context.Services.GetRequiredService<CommentService>();
}
