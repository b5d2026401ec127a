using Community.Api.Realtime;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Events;

/// <summary>
/// <c>eventUpdated</c>: one event as it is after each edit, cancellation or registration change, while
/// the subscriber may see it. An event the subscriber may not see is refused with NOT_FOUND, as one that
/// does not exist.
/// </summary>
internal static class EventSubscriptions
{
    public static ObjectTypeDescriptor AddEventSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("eventUpdated", "Event!", f => f
            .Description("The event as it is after each change from now on: edited, cancelled, or a registration made, cancelled, promoted from the waitlist or checked in; while the signed-in member may see the event.")
            .Argument("eventId", "ID!", a => a.Description("The event to follow. One the member may not see is refused with NOT_FOUND, as one that does not exist."))
            .Subscribe(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var id = (string)ctx.Arguments["eventId"]!;
                var eventId = GlobalId.Decode(id, "Event");
                await using (var db = await ctx.DbFactory().CreateDbContextAsync(ctx.CancellationToken))
                {
                    if (!await db.VisibleEvents(viewer).AnyAsync(e => e.Id == eventId, ctx.CancellationToken))
                    {
                        throw EventStreams.NotFound("event", id);
                    }
                }

                return await EventStreams.OpenAsync(ctx, CommunityTopics.EventUpdated(eventId), async (db, reader, changed, ct) =>
                    await db.VisibleEvents(reader).AsNoTracking().FirstOrDefaultAsync(e => e.Id == changed, ct));
            })
            .Resolve(ctx => ctx.Parent));
}
