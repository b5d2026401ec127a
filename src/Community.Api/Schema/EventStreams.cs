using System.Runtime.CompilerServices;
using Community.Api.Authentication;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema;

/// <summary>
/// The source streams of the community's subscriptions: each listens to one event-bus topic (fed by
/// the outbox dispatcher) and turns every message into what the subscriber may see at that moment.
/// </summary>
internal static class EventStreams
{
    /// <summary>
    /// Loads what one message shows the viewer, read again at delivery: null skips the message (the
    /// viewer may no longer see it).
    /// </summary>
    public delegate Task<object?> Deliver(CommunityDbContext db, Member viewer, long message, CancellationToken cancellationToken);

    /// <summary>
    /// Subscribes to <paramref name="topic"/> now, so nothing published after the subscription is
    /// answered is missed, and streams what <paramref name="deliver"/> makes of each message. The
    /// stream ends when the viewer is disabled (or no longer exists).
    /// </summary>
    public static async ValueTask<IAsyncEnumerable<object?>> OpenAsync(IResolverContext context, string topic, Deliver deliver)
    {
        var bus = (IEventBus)context.Services.GetService(typeof(IEventBus))!;
        var stream = await bus.SubscribeAsync<long>(topic, context.CancellationToken);
        // Unsubscribes when the subscription ends even if its events were never read (the client left first).
        var ended = context.CancellationToken.Register(() => _ = stream.DisposeAsync().AsTask());
        return ReadAsync(context, stream, ended, deliver);
    }

    /// <summary>An error for an id that names nothing the viewer may see, worded the same whether it exists or not.</summary>
    public static GraphQLException NotFound(string typeName, string id) =>
        new($"No {typeName} with the id \"{(id.Length > 60 ? id[..60] + "..." : id)}\" is visible to you.", SchemaErrorCodes.NotFound);

    private static async IAsyncEnumerable<object?> ReadAsync(IResolverContext context, IEventStream<long> stream,
        CancellationTokenRegistration ended, Deliver deliver, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using (ended)
        await using (stream)
        {
            var memberId = context.User?.MemberId();
            await foreach (var message in stream.WithCancellation(cancellationToken))
            {
                await using var db = await context.DbFactory().CreateDbContextAsync(cancellationToken);
                var viewer = await db.Members.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken);
                if (viewer is not { IsEnabled: true })
                {
                    yield break;
                }

                if (await deliver(db, viewer, message, cancellationToken) is { } item)
                {
                    yield return item;
                }
            }
        }
    }
}
