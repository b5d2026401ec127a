using Community.Api.Realtime;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Notifications;

/// <summary><c>notificationReceived</c>: the signed-in member's own new notifications, and nobody else's.</summary>
internal static class NotificationSubscriptions
{
    public static ObjectTypeDescriptor AddNotificationSubscriptions(this ObjectTypeDescriptor s) => s
        .Field("notificationReceived", "Notification!", f => f
            .Description("Each notification the signed-in member receives from now on; nobody receives another member's.")
            .Subscribe(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                return await EventStreams.OpenAsync(ctx, CommunityTopics.NotificationReceived(viewer.Id), async (db, reader, notificationId, ct) =>
                    await NotificationSchema.NodeAsync(db, reader, notificationId, ct));
            })
            .Resolve(ctx => ctx.Parent));
}
