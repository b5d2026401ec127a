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
        .Field("editPost", "EditPostPayload!", f => f
            .Description("Changes a post's title and text. Its author and moderators (community moderators, the group's owners and moderators) may.")
            .Argument("input", "EditPostInput!", a => a.Description("The post and its new text."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var postId = GlobalId.Decode((string)input["postId"]!, "Post");
                return await MutationResult.RunAsync("post", EditPostCodes, () => ctx.Services.GetRequiredService<PostService>()
                    .EditAsync(viewer.Id, postId, input.GetValueOrDefault("title") as string, (string)input["body"]!, ctx.CancellationToken));
            }))
        .Field("reschedulePost", "ReschedulePostPayload!", f => f
            .Description("Moves a scheduled post to another time, or publishes it now. Its author and moderators may, while it is scheduled (the editorial calendar lists scheduled posts).")
            .Argument("input", "ReschedulePostInput!", a => a.Description("The post and its new time."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var postId = GlobalId.Decode((string)input["postId"]!, "Post");
                var publishAt = (input.GetValueOrDefault("publishAt") as DateTimeOffset?)?.UtcDateTime;
                return await MutationResult.RunAsync("post", ReschedulePostCodes, () => ctx.Services.GetRequiredService<PostService>()
                    .RescheduleAsync(viewer.Id, postId, publishAt, ctx.CancellationToken));
            }))
        .Field("pinPost", "PinPostPayload!", f => f
            .Description("Pins a post first in its group and in feeds. Moderators only: community moderators anywhere, the group's owners and moderators in their group.")
            .Argument("input", "PinPostInput!", a => a.Description("The post."))
            .ResolveAsync(ctx => SetPinnedAsync(ctx, pinned: true)))
        .Field("unpinPost", "UnpinPostPayload!", f => f
            .Description("Unpins a post. Moderators only, as for pinPost.")
            .Argument("input", "UnpinPostInput!", a => a.Description("The post."))
            .ResolveAsync(ctx => SetPinnedAsync(ctx, pinned: false)))
        .Field("deletePost", "DeletePostPayload!", f => f
            .Description("Deletes a post: it disappears from every list, count and search. Its author and moderators may.")
            .Argument("input", "DeletePostInput!", a => a.Description("The post."))
            .ResolveAsync(async ctx =>
            {
                var input = ctx.Input();
                var viewer = await ctx.ViewerAsync();
                var postId = GlobalId.Decode((string)input["postId"]!, "Post");
                return await MutationResult.RunAsync("deletedPostId", ModeratePostCodes, async () =>
                {
                    await ctx.Services.GetRequiredService<PostService>().DeleteAsync(viewer.Id, postId, ctx.CancellationToken);
                    return (string)input["postId"]!;
                });
            }));

    private static async Task<Dictionary<string, object?>> SetPinnedAsync(IResolverContext context, bool pinned)
    {
        var input = context.Input();
        var viewer = await context.ViewerAsync();
        var postId = GlobalId.Decode((string)input["postId"]!, "Post");
        return await MutationResult.RunAsync("post", ModeratePostCodes, () => context.Services.GetRequiredService<PostService>()
            .SetPinnedAsync(viewer.Id, postId, pinned, context.CancellationToken));
    }
}
