using Community.Api.Schema.Groups;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Text;
using Community.GraphQL;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Events;

/// <summary>
/// Events: the <c>Event</c> and <c>EventRegistration</c> types, their enums, and the lists <c>events</c>
/// and <c>myEvents</c>. An event is seen where its group's content is readable (company-wide events by
/// employees); who registered is seen by its organizer, its group's owners and admins only.
/// </summary>
internal static class EventSchema
{
    public static SchemaBuilder AddEventTypes(this SchemaBuilder builder, DataConventions data) => builder
        .EnumType<EventFormat>("EventFormat", e => e.Description("Where an event takes place.")
            .Value("ONSITE", v => v.Description("In a room: see location."))
            .Value("ONLINE", v => v.Description("Online: see onlineUrl."))
            .Value("HYBRID", v => v.Description("Both in a room and online.")))
        .EnumType<RegistrationStatus>("RegistrationStatus", e => e.Description("Where a registration stands; only REGISTERED holds a seat.")
            .Value("REGISTERED", v => v.Description("Holds a seat."))
            .Value("WAITLISTED", v => v.Description("Waits for a seat; seats freed go to the waitlist in the order members registered."))
            .Value("CANCELLED", v => v.Description("Given up by the member (or never seated before the member gave up).")))
        .ObjectType<Event>("Event", t => t
            .Description("An event in a group, or company-wide. Seen by those who may read the group's content (company-wide events: every employee).")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The event's global id.").Resolve(ctx => GlobalId.Encode("Event", ctx.ParentAs<Event>().Id)))
            .Field(e => e.Title, f => f.Description("The event's title."))
            .Field(e => e.Description, f => f.Description("What the event is about, in Markdown; empty when none."))
            .Field("descriptionHtml", "String!", f => f
                .Description("The description rendered to HTML (safe to embed: raw HTML in the Markdown is not passed through).")
                .Resolve(ctx => MarkdownRenderer.ToHtml(ctx.ParentAs<Event>().Description)))
            .Field(e => e.StartsAt, f => f.Description("When the event starts (UTC)."))
            .Field(e => e.EndsAt, f => f.Description("When the event ends (UTC)."))
            .Field(e => e.TimeZone, f => f.Description("The IANA time zone the event is announced in, such as Europe/Paris, for showing its times."))
            .Field(e => e.Format, f => f.Description("Onsite, online or hybrid."))
            .Field(e => e.Location, f => f.Description("Where the event takes place, for onsite and hybrid events; empty when none."))
            .Field("onlineUrl", "String", f => f
                .Description("The link to join online, for online and hybrid events; empty when none. Only members who hold a seat, the organizer, the owners of the event's group and admins see it; for others it is null (registering gives it).")
                .ResolveAsync(async ctx => await ViewerMayJoinOnlineAsync(ctx, ctx.ParentAs<Event>()) ? ctx.ParentAs<Event>().OnlineUrl : null))
            .Field(e => e.Capacity, f => f.Description("How many seats the event has; null for unlimited."))
            .Field(e => e.WaitlistEnabled, f => f.Description("Whether members who find the event full go on a waitlist (otherwise they are refused)."))
            .Field(e => e.RegisteredCount, f => f.Description("How many seats are taken."))
            .Field("seatsLeft", "Int", f => f
                .Description("How many seats are free; null for an unlimited event.")
                .Resolve(ctx => ctx.ParentAs<Event>() is { Capacity: { } capacity } e ? Math.Max(0, capacity - e.RegisteredCount) : (int?)null))
            .Field("waitlistCount", "Int!", f => f
                .Description("How many members wait for a seat.")
                .ResolveAsync(ctx => ctx.WaitlistCountAsync(ctx.ParentAs<Event>().Id)))
            .Field("group", "Group", f => f
                .Description("The group the event is in; null for a company-wide event.")
                .ResolveAsync(async ctx => ctx.ParentAs<Event>() is { GroupId: { } groupId } e ? e.Group ?? await ctx.GroupAsync(groupId) : null))
            .Field("organizer", "Member!", f => f
                .Description("Who created the event and runs it.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<Event>().OrganizerId)))
            .Field("isCancelled", "Boolean!", f => f
                .Description("Whether the event was cancelled; a cancelled event takes no registrations.")
                .Resolve(ctx => ctx.ParentAs<Event>().CancelledAt is not null))
            .Field(e => e.CancelledAt, f => f.Description("When the event was cancelled; null while it is on."))
            .Field(e => e.CreatedAt, f => f.Description("When the event was created."))
            .Field("viewerRegistration", "EventRegistration", f => f
                .Description("The signed-in member's registration (also when cancelled, with status CANCELLED); null when the member never registered.")
                .ResolveAsync(ctx => ctx.ViewerRegistrationAsync(ctx.ParentAs<Event>().Id)))
            .Field("registrations", f => f
                .Description("Who registered, in order of registration unless ordered otherwise. Only the organizer, the owners of the event's group and admins may read it; others get AUTH_NOT_AUTHORIZED.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<EventRegistration>(conventions: data)
                .UseProjection<EventRegistration>(data)
                .UseFiltering<EventRegistration>(data)
                .UseSorting<EventRegistration>(data)
                .UseDefaultOrder<EventRegistration>(o => o.Ascending(r => r.RegisteredAt), data)
                .ResolveAsync(async ctx =>
                {
                    var target = ctx.ParentAs<Event>();
                    var db = ctx.DbContext<CommunityDbContext>();
                    var viewer = await ctx.ViewerAsync();
                    var membership = target.GroupId is { } groupId
                        ? await db.GroupMemberships.AsNoTracking().FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == viewer.Id, ctx.CancellationToken)
                        : null;
                    if (!AccessPolicy.CanSeeRegistrations(viewer, target, membership))
                    {
                        throw new GraphQLException("Only the event's organizer, its group's owners and admins can see who registered.", SchemaErrorCodes.NotAuthorized);
                    }

                    return db.EventRegistrations.Where(r => r.EventId == target.Id);
                })))
        .ObjectType<EventRegistration>("EventRegistration", t => t
            .Description("A member's registration for an event: a seat, a place on the waitlist, or given up.")
            .Field("event", "Event!", f => f
                .Description("The event.")
                .ResolveAsync(async ctx => await ctx.EventAsync(ctx.ParentAs<EventRegistration>().EventId)))
            .Field("member", "Member!", f => f
                .Description("Who registered.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<EventRegistration>().MemberId)))
            .Field(r => r.Status, f => f.Description("Whether the member holds a seat, waits for one, or gave up."))
            .Field("waitlistPosition", "Int", f => f
                .Description("The place on the waitlist, 1 being seated first when a seat frees up; null unless WAITLISTED.")
                .ResolveAsync(ctx => ctx.WaitlistPositionAsync(ctx.ParentAs<EventRegistration>().Id)))
            .Field(r => r.RegisteredAt, f => f.Description("When the member registered (last); the waitlist is served in this order."))
            .Field(r => r.PromotedAt, f => f.Description("When the member got a seat from the waitlist; null if seated at once or still waiting."))
            .Field(r => r.CancelledAt, f => f.Description("When the member gave up the registration; null while it holds."))
            .Field(r => r.CheckedInAt, f => f.Description("When the member was checked in at the event; null until then.")));

    public static ObjectTypeDescriptor AddEventQueries(this ObjectTypeDescriptor q, DataConventions data) => q
        .Field("events", f => Listed(f, data)
            .Description("Every event the viewer may see, soonest first unless ordered otherwise: company-wide events (employees), events of public groups (employees) and of the viewer's groups. Filter by group with where: { groupId: { eq: ... } }, by time with where: { startsAt: { gte: ..., lt: ... } }.")
            .ResolveAsync(async ctx => Upcoming(ctx, ctx.DbContext<CommunityDbContext>().VisibleEvents(await ctx.ViewerAsync()))))
        .Field("myEvents", f => Listed(f, data)
            .Description("The events the viewer holds a seat or a waitlist place for, soonest first unless ordered otherwise; each event's viewerRegistration says which.")
            .ResolveAsync(async ctx =>
            {
                var db = ctx.DbContext<CommunityDbContext>();
                var viewer = await ctx.ViewerAsync();
                return Upcoming(ctx, db.VisibleEvents(viewer).Where(e => db.EventRegistrations.Any(r =>
                    r.EventId == e.Id && r.MemberId == viewer.Id && r.Status != RegistrationStatus.Cancelled)));
            }));

    /// <summary>The list conventions every event list shares, and its <c>upcoming</c> argument.</summary>
    private static FieldDescriptor Listed(FieldDescriptor field, DataConventions data) => field
        .Argument("upcoming", "Boolean!", false, a => a.Description("true: only events that have not ended and are not cancelled, as an upcoming-events widget shows."))
        .UseDbContext<CommunityDbContext>()
        .UsePaging<Event>(conventions: data)
        .UseProjection<Event>(data)
        .UseFiltering<Event>(data)
        .UseSorting<Event>(data)
        .UseDefaultOrder<Event>(o => o.Ascending(e => e.StartsAt), data);

    private static IQueryable<Event> Upcoming(IResolverContext context, IQueryable<Event> events)
    {
        if (!context.Argument<bool>("upcoming"))
        {
            return events;
        }

        var now = context.Now();
        return events.Where(e => e.EndsAt > now && e.CancelledAt == null);
    }

    private static async Task<bool> ViewerMayJoinOnlineAsync(IResolverContext context, Event target)
    {
        var viewer = await context.ViewerAsync();
        var registration = await context.ViewerRegistrationAsync(target.Id);
        var role = target.GroupId is { } groupId ? await context.ViewerRoleAsync(groupId) : null;
        return AccessPolicy.CanJoinOnline(viewer, target, role, registration);
    }
}
