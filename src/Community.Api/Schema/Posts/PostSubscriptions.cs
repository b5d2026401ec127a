using System.Runtime.CompilerServices;
using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Posts;

/// <summary>
/// <c>postCreated</c>: each new post the subscriber may read when it is delivered (a member removed
/// from a private group stops receiving its posts at once).
/// </summary>
internal static class PostSubscriptions
{
    /// <summary>The event-bus topic that carries the ids of published posts.</summary>
    public const string PostCreatedTopic = "community.postCreated";

    public static ObjectTypeDescriptor AddPostSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("postCreated", "Post!", f => f
            .Description("Each post published from now on that the signed-in member may read when it arrives.")
            .Subscribe(ctx => ReadableNewPostsAsync(ctx, ctx.CancellationToken))
            .Resolve(ctx => ctx.Parent));

    private static async IAsyncEnumerable<Post> ReadableNewPostsAsync(IResolverContext context, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Refuses an unauthenticated subscription before it listens.
        await context.ViewerAsync();
        var bus = context.Services.GetRequiredService<IEventBus>();
        await using var stream = await bus.SubscribeAsync<long>(PostCreatedTopic, cancellationToken);
        await foreach (var postId in stream.WithCancellation(cancellationToken))
        {
            await using var db = await context.DbFactory().CreateDbContextAsync(cancellationToken);
            var memberId = context.User?.MemberId();
            var viewer = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
            if (viewer is not { IsEnabled: true })
            {
                yield break;
            }

            var post = await db.VisiblePosts(viewer, context.Now()).AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, cancellationToken);
            if (post is not null)
            {
                yield return post;
            }
        }
    }
}
