using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Posts;

/// <summary>What happens to a post after it is written: editing, rescheduling, pinning and deleting.</summary>
internal static class PostEditingMutations
{
    private static readonly string[] EditPostCodes =
        [DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput, DomainErrorCodes.BodyEmpty, DomainErrorCodes.BodyTooLong];

    private static readonly string[] ReschedulePostCodes = [DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput];

    private static readonly string[] ModeratePostCodes = [DomainErrorCodes.PostNotFound, DomainErrorCodes.NotAuthorized];

    public static SchemaBuilder AddPostEditingMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("EditPostInput", i => i
            .Description("The new text of a post.")
            .Field("postId", "ID!", f => f.Description("The post to edit."))
            .Field("title", "String", f => f.Description("The new title; null or omitted removes it."))
            .Field("body", "String!", f => f.Description("The new text, in Markdown; members newly @mentioned are notified.")))
        .AddPayload("editPost", "post", "Post", "The post as edited; null when refused.", EditPostCodes)
        .InputObjectType("ReschedulePostInput", i => i
            .Description("A new publication time for a scheduled post.")
            .Field("postId", "ID!", f => f.Description("The scheduled post."))
            .Field("publishAt", "DateTime", f => f.Description("When the post becomes visible; null or a time already past publishes it now.")))
        .AddPayload("reschedulePost", "post", "Post", "The post with its new publishedAt; null when refused.", ReschedulePostCodes)
        .InputObjectType("PinPostInput", i => i
            .Description("A post to pin at the top of its group's list and of feeds.")
            .Field("postId", "ID!", f => f.Description("The post to pin.")))
        .AddPayload("pinPost", "post", "Post", "The post, now pinned; null when refused.", ModeratePostCodes)
        .InputObjectType("UnpinPostInput", i => i
            .Description("A pinned post to put back in its place.")
            .Field("postId", "ID!", f => f.Description("The post to unpin.")))
        .AddPayload("unpinPost", "post", "Post", "The post, no longer pinned; null when refused.", ModeratePostCodes)
        .InputObjectType("DeletePostInput", i => i
            .Description("A post to delete.")
            .Field("postId", "ID!", f => f.Description("The post to delete.")))
        .AddPayload("deletePost", "deletedPostId", "ID", "The id of the deleted post; null when refused.", ModeratePostCodes);

    public static ObjectTypeDescriptor AddPostEditingMutations(this ObjectTypeDescriptor m) => m
        .Mutation("editPost", "Changes a post's title and text. Its author and moderators (community moderators, the group's owners and moderators) may.",
            "The post and its new text.", "post", EditPostCodes, (ctx, viewer, input) => Posts(ctx)
                .EditAsync(viewer.Id, input.Id("postId", "Post"), input.GetValueOrDefault("title") as string, (string)input["body"]!, ctx.CancellationToken))
        .Mutation("reschedulePost", "Moves a scheduled post to another time, or publishes it now. Its author and moderators may, while it is scheduled (the editorial calendar lists scheduled posts).",
            "The post and its new time.", "post", ReschedulePostCodes, (ctx, viewer, input) => Posts(ctx)
                .RescheduleAsync(viewer.Id, input.Id("postId", "Post"), (input.GetValueOrDefault("publishAt") as DateTimeOffset?)?.UtcDateTime, ctx.CancellationToken))
        .Mutation("pinPost", "Pins a post first in its group and in feeds. Moderators only: community moderators anywhere, the group's owners and moderators in their group.",
            "The post.", "post", ModeratePostCodes, (ctx, viewer, input) => Posts(ctx)
                .SetPinnedAsync(viewer.Id, input.Id("postId", "Post"), pinned: true, ctx.CancellationToken))
        .Mutation("unpinPost", "Unpins a post. Moderators only, as for pinPost.",
            "The post.", "post", ModeratePostCodes, (ctx, viewer, input) => Posts(ctx)
                .SetPinnedAsync(viewer.Id, input.Id("postId", "Post"), pinned: false, ctx.CancellationToken))
        .Mutation("deletePost", "Deletes a post: it disappears from every list, count and search. Its author and moderators may.",
            "The post.", "deletedPostId", ModeratePostCodes, async (ctx, viewer, input) =>
            {
                await Posts(ctx).DeleteAsync(viewer.Id, input.Id("postId", "Post"), ctx.CancellationToken);
                return (string)input["postId"]!;
            });

    private static PostService Posts(IResolverContext context) => context.Services.GetRequiredService<PostService>();
}
