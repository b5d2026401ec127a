using Community.Api.Schema.Posts;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Notifications;

/// <summary>
/// Notifications: the <c>Notification</c> type and the viewer's <c>notifications</c>. Every read goes
/// through <see cref="Own"/>, so a member's notifications never reach anyone else (list, node, count).
/// </summary>
internal static class NotificationSchema
{
    public static SchemaBuilder AddNotificationTypes(this SchemaBuilder builder) => builder
        .EnumType<NotificationKind>("NotificationKind", e => e.Description("What a notification tells its recipient.")
            .Value("MENTIONED", v => v.Description("Someone mentioned you in a post; post names it."))
            .Value("COMMENTED", v => v.Description("Someone commented on your post; post names it."))
            .Value("REPLIED", v => v.Description("Someone replied to your comment; post names the post it is on."))
            .Value("PRAISED", v => v.Description("Someone praised you; post is the praise post."))
            .Value("WAITLIST_PROMOTED", v => v.Description("A place freed up and you moved from an event's waitlist to its attendees; eventId names the event."))
            .Value("EVENT_CANCELLED", v => v.Description("An event you registered for was cancelled; eventId names the event."))
            .Value("CONTENT_REMOVED", v => v.Description("A moderator removed your content; postId names the post.")))
        .ObjectType<Notification>("Notification", t => t
            .Description("A message to the signed-in member about something that concerns them. Only its recipient ever sees it.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The notification's global id.").Resolve(ctx => GlobalId.Encode("Notification", ctx.ParentAs<Notification>().Id)))
            .Field(n => n.Kind, f => f.Description("What the notification is about."))
            .Field(n => n.CreatedAt, f => f.Description("When it happened."))
            .Field(n => n.ReadAt, f => f.Description("When you marked it read; null while unread."))
            .Field("isRead", "Boolean!", f => f
                .Description("Whether you marked it read (markNotificationsRead).")
                .Resolve(ctx => ctx.ParentAs<Notification>().ReadAt is not null))
            .Field("actorId", "ID", f => f
                .Description("The global id of the member who caused it; null when the community did (e.g. a waitlist promotion).")
                .Resolve(ctx => ctx.ParentAs<Notification>().ActorId is { } id ? GlobalId.Encode("Member", id) : null))
            .Field("actor", "Member", f => f
                .Description("The member who caused it; null when the community did.")
                .ResolveAsync(async ctx => ctx.ParentAs<Notification>().ActorId is { } id ? await ctx.MemberAsync(id) : null))
            .Field("postId", "ID", f => f
                .Description("The global id of the post it is about; null when it is about no post.")
                .Resolve(ctx => ctx.ParentAs<Notification>().PostId is { } id ? GlobalId.Encode("Post", id) : null))
            .Field("post", "Post", f => f
                .Description("The post it is about, when you may still read it; null when it is about no post, or the post was removed or is no longer visible to you.")
                .ResolveAsync(async ctx => ctx.ParentAs<Notification>().PostId is { } id ? await ctx.VisiblePostAsync(id) : null))
            .Field("eventId", "ID", f => f
                .Description("The global id of the event it is about; null when it is about no event.")
                .Resolve(ctx => ctx.ParentAs<Notification>().EventId is { } id ? GlobalId.Encode("Event", id) : null)));

    public static ObjectTypeDescriptor AddNotificationQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("notifications", f => f
            .Description("The signed-in member's own notifications, newest first; nobody sees another member's.")
            .Argument("unreadOnly", "Boolean!", false, a => a.Description("Only the notifications not yet marked read."))
            .UseDbContext<CommunityDbContext>()
            .UsePaging<Notification>(conventions: data)
            .UseDefaultOrder<Notification>(o => o.Descending(n => n.CreatedAt), data)
            .ResolveAsync(async ctx =>
            {
                var notifications = Own(ctx.DbContext<CommunityDbContext>(), await ctx.ViewerAsync());
                return ctx.Argument<bool>("unreadOnly") ? notifications.Where(n => n.ReadAt == null) : notifications;
            }));

    /// <summary>The resolver of <c>Member.unreadNotificationCount</c>: the viewer's own count, null on anyone else.</summary>
    public static async Task<object?> UnreadCountAsync(IResolverContext context)
    {
        var member = context.ParentAs<Member>();
        var viewer = await context.ViewerAsync();
        if (member.Id != viewer.Id)
        {
            return null;
        }

        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await Own(db, viewer).CountAsync(n => n.ReadAt == null, context.CancellationToken);
    }

    /// <summary>The notification an id names, for node(id): only the viewer's own, else null.</summary>
    public static Task<Notification?> NodeAsync(CommunityDbContext db, Member viewer, long id, CancellationToken cancellationToken) =>
        Own(db, viewer).AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    /// <summary>The only way notifications are read: those addressed to the viewer.</summary>
    private static IQueryable<Notification> Own(CommunityDbContext db, Member viewer) =>
        db.Notifications.Where(n => n.RecipientId == viewer.Id);
}
