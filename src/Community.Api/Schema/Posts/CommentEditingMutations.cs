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
        .Field("editComment", "EditCommentPayload!", f => f
            .Description("Changes a comment's text. Its author and moderators (community moderators, the group's owners and moderators) may.")
            .Argument("input", "EditCommentInput!", a => a.Description("The comment and its new text."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var commentId = GlobalId.Decode((string)input["commentId"]!, "Comment");
                return await MutationResult.RunAsync("comment", EditCommentCodes, () => ctx.Services.GetRequiredService<CommentService>()
                    .EditAsync(viewer.Id, commentId, (string)input["body"]!, ctx.CancellationToken));
            }))
        .Field("deleteComment", "DeleteCommentPayload!", f => f
            .Description("Deletes a comment: it leaves the post's comments and comment count; its replies stay. Its author and moderators may.")
            .Argument("input", "DeleteCommentInput!", a => a.Description("The comment."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var commentId = GlobalId.Decode((string)input["commentId"]!, "Comment");
                return await MutationResult.RunAsync("deletedCommentId", DeleteCommentCodes, async () =>
                {
                    await ctx.Services.GetRequiredService<CommentService>().DeleteAsync(viewer.Id, commentId, ctx.CancellationToken);
                    return (string)input["commentId"]!;
                });
            }));
}
