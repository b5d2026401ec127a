using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Events;

/// <summary>The mutations on events: creating, editing and cancelling them, registering, giving up a seat and checking in.</summary>
internal static class EventMutations
{
    private static readonly string[] CreateEventCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAMember, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput];

    private static readonly string[] EditEventCodes =
        [DomainErrorCodes.EventNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.EventCancelled, DomainErrorCodes.InvalidInput];

    private static readonly string[] CancelEventCodes = [DomainErrorCodes.EventNotFound, DomainErrorCodes.NotAuthorized];

    private static readonly string[] RegisterCodes =
        [DomainErrorCodes.EventNotFound, DomainErrorCodes.EventCancelled, DomainErrorCodes.EventEnded, DomainErrorCodes.EventFull,
         DomainErrorCodes.DuplicateRegistration];

    private static readonly string[] CancelRegistrationCodes = [DomainErrorCodes.NotRegistered];

    private static readonly string[] CheckInCodes =
        [DomainErrorCodes.EventNotFound, DomainErrorCodes.EventCancelled, DomainErrorCodes.NotAuthorized, DomainErrorCodes.NotRegistered,
            DomainErrorCodes.CheckInClosed];

    public static SchemaBuilder AddEventMutationTypes(this SchemaBuilder builder) => builder
        .InputObjectType("CreateEventInput", i => i
            .Description("A new event. Give groupId for an event of a group (its members may create one), none for a company-wide event (employees).")
            .Field("groupId", "ID", f => f.Description("The group of the event; null for a company-wide event."))
            .Field("title", "String!", f => f.Description($"The title, at most {Event.TitleMaxLength} characters."))
            .Field("description", "String", f => f.Description("What the event is about, in Markdown."))
            .Field("startsAt", "DateTime!", f => f.Description("When it starts."))
            .Field("endsAt", "DateTime!", f => f.Description("When it ends; after startsAt."))
            .Field("timeZone", "String!", "UTC", f => f.Description("The IANA time zone to announce it in, such as Europe/Paris."))
            .Field("format", "EventFormat!", EventFormat.Onsite, f => f.Description("Onsite, online or hybrid."))
            .Field("location", "String", f => f.Description("Where it takes place, for onsite and hybrid events."))
            .Field("onlineUrl", "String", f => f.Description("The link to join, for online and hybrid events."))
            .Field("capacity", "Int", f => f.Description("How many seats; null or absent for unlimited."))
            .Field("waitlistEnabled", "Boolean!", true, f => f.Description("Whether members who find it full go on a waitlist.")))
        .ObjectType("CreateEventPayload", t => t
            .Description("The result of createEvent: the new event, or why it was refused.")
            .Field("event", "Event", f => f.Description("The new event; null when refused."))
            .Field("errors", "[CreateEventError!]", f => f.Description("Why the event was refused; null when it was created.")))
        .AddErrorUnion("CreateEventError", "createEvent", CreateEventCodes)
        .InputObjectType("EditEventInput", i => i
            .Description("Changes to an event, by its organizer or a moderator. A field left out stays as it is; capacity: null makes the event unlimited. The group cannot change.")
            .Field("eventId", "ID!", f => f.Description("The event."))
            .Field("title", "String", f => f.Description("A new title."))
            .Field("description", "String", f => f.Description("A new description; an empty string clears it."))
            .Field("startsAt", "DateTime", f => f.Description("A new start."))
            .Field("endsAt", "DateTime", f => f.Description("A new end; after the start."))
            .Field("timeZone", "String", f => f.Description("A new IANA time zone."))
            .Field("format", "EventFormat", f => f.Description("A new format."))
            .Field("location", "String", f => f.Description("A new location; an empty string clears it."))
            .Field("onlineUrl", "String", f => f.Description("A new link to join; an empty string clears it."))
            .Field("capacity", "Int", f => f.Description("A new capacity, not below the seats taken; the seats it adds go to the waitlist in order. null: unlimited."))
            .Field("waitlistEnabled", "Boolean", f => f.Description("Whether members who find it full go on a waitlist.")))
        .ObjectType("EditEventPayload", t => t
            .Description("The result of editEvent.")
            .Field("event", "Event", f => f.Description("The event as changed; null when refused."))
            .Field("errors", "[EditEventError!]", f => f.Description("Why the change was refused; null when it was made.")))
        .AddErrorUnion("EditEventError", "editEvent", EditEventCodes)
        .InputObjectType("CancelEventInput", i => i
            .Description("Cancels an event, by its organizer or a moderator.")
            .Field("eventId", "ID!", f => f.Description("The event.")))
        .ObjectType("CancelEventPayload", t => t
            .Description("The result of cancelEvent.")
            .Field("event", "Event", f => f.Description("The cancelled event; null when refused."))
            .Field("errors", "[CancelEventError!]", f => f.Description("Why it was refused; null when the event is cancelled.")))
        .AddErrorUnion("CancelEventError", "cancelEvent", CancelEventCodes)
        .InputObjectType("RegisterForEventInput", i => i
            .Description("Registers the signed-in member for an event.")
            .Field("eventId", "ID!", f => f.Description("The event.")))
        .ObjectType("RegisterForEventPayload", t => t
            .Description("The result of registerForEvent: a seat (REGISTERED) or a place on the waitlist (WAITLISTED, with its position).")
            .Field("registration", "EventRegistration", f => f.Description("The registration; null when refused."))
            .Field("errors", "[RegisterForEventError!]", f => f.Description("Why the registration was refused; null when it was made.")))
        .AddErrorUnion("RegisterForEventError", "registerForEvent", RegisterCodes)
        .InputObjectType("CancelRegistrationInput", i => i
            .Description("Gives up the signed-in member's seat or waitlist place; a freed seat goes to the first member waiting.")
            .Field("eventId", "ID!", f => f.Description("The event.")))
        .ObjectType("CancelRegistrationPayload", t => t
            .Description("The result of cancelRegistration.")
            .Field("event", "Event", f => f.Description("The event, with its new counts and the viewer's registration CANCELLED; null when refused."))
            .Field("errors", "[CancelRegistrationError!]", f => f.Description("Why it was refused; null when done.")))
        .AddErrorUnion("CancelRegistrationError", "cancelRegistration", CancelRegistrationCodes)
        .InputObjectType("CheckInInput", i => i
            .Description("Checks a seat holder in at an event: the organizer or a moderator checks anyone in, a member checks themself in.")
            .Field("eventId", "ID!", f => f.Description("The event."))
            .Field("memberId", "ID", f => f.Description("The member to check in; the signed-in member when omitted.")))
        .ObjectType("CheckInPayload", t => t
            .Description("The result of checkIn.")
            .Field("registration", "EventRegistration", f => f.Description("The registration, with its check-in time; null when refused."))
            .Field("errors", "[CheckInError!]", f => f.Description("Why the check-in was refused; null when done.")))
        .AddErrorUnion("CheckInError", "checkIn", CheckInCodes);

    public static ObjectTypeDescriptor AddEventMutations(this ObjectTypeDescriptor m) => m
        .Mutation("createEvent", "Creates an event in a group the viewer belongs to, or company-wide (employees).",
            "The event.", "event", CreateEventCodes, (ctx, viewer, input) => Events(ctx).CreateAsync(
                viewer.Id,
                new NewEvent(
                    input.GetValueOrDefault("groupId") is string group ? GlobalId.Decode(group, "Group") : null,
                    (string)input["title"]!,
                    Time(input["startsAt"])!.Value,
                    Time(input["endsAt"])!.Value,
                    (string)input["timeZone"]!,
                    (EventFormat)input["format"]!,
                    Number(input.GetValueOrDefault("capacity")),
                    (bool)input["waitlistEnabled"]!,
                    input.GetValueOrDefault("description") as string,
                    input.GetValueOrDefault("location") as string,
                    input.GetValueOrDefault("onlineUrl") as string),
                ctx.CancellationToken))
        .Mutation("editEvent", "Changes an event that is not cancelled; only its organizer or a moderator may.",
            "The changes.", "event", EditEventCodes, (ctx, viewer, input) => Events(ctx).EditAsync(viewer.Id, input.Id("eventId", "Event"), new EventChanges
            {
                Title = input.GetValueOrDefault("title") as string,
                Description = input.GetValueOrDefault("description") as string,
                StartsAt = Time(input.GetValueOrDefault("startsAt")),
                EndsAt = Time(input.GetValueOrDefault("endsAt")),
                TimeZone = input.GetValueOrDefault("timeZone") as string,
                Format = input.GetValueOrDefault("format") as EventFormat?,
                Location = input.GetValueOrDefault("location") as string,
                OnlineUrl = input.GetValueOrDefault("onlineUrl") as string,
                // Given as null, the capacity becomes unlimited; left out, it stays.
                Capacity = input.ContainsKey("capacity") ? new EventCapacity(Number(input["capacity"])) : null,
                WaitlistEnabled = input.GetValueOrDefault("waitlistEnabled") as bool?,
            }, ctx.CancellationToken))
        .Mutation("cancelEvent", "Cancels an event; only its organizer or a moderator may. Everyone holding a seat or a waitlist place is notified.",
            "The event.", "event", CancelEventCodes, async (ctx, viewer, input) =>
            {
                var eventId = input.Id("eventId", "Event");
                await Events(ctx).CancelEventAsync(viewer.Id, eventId, ctx.CancellationToken);
                return await ReadEventAsync(ctx, eventId);
            })
        .Mutation("registerForEvent", "Takes a seat at an event the viewer may see, or a place on its waitlist when it is full; refused with EventFullError when it is full and has no waitlist.",
            "The event.", "registration", RegisterCodes, (ctx, viewer, input) => Events(ctx)
                .RegisterAsync(viewer.Id, input.Id("eventId", "Event"), ctx.CancellationToken))
        .Mutation("cancelRegistration", "Gives up the viewer's seat or waitlist place; a freed seat goes to the member who has waited longest.",
            "The event.", "event", CancelRegistrationCodes, async (ctx, viewer, input) =>
            {
                var eventId = input.Id("eventId", "Event");
                await Events(ctx).CancelRegistrationAsync(viewer.Id, eventId, ctx.CancellationToken);
                return await ReadEventAsync(ctx, eventId);
            })
        .Mutation("checkIn", "Records that a seat holder attended (once; it earns the member points), from an hour before the event starts to two hours after it ends. The organizer or a moderator checks anyone in; members check themselves in.",
            "The event and the member.", "registration", CheckInCodes, (ctx, viewer, input) => Events(ctx).CheckInAsync(
                viewer.Id, input.Id("eventId", "Event"),
                input.GetValueOrDefault("memberId") is string member ? GlobalId.Decode(member, "Member") : viewer.Id, ctx.CancellationToken));

    private static EventService Events(IResolverContext context) => context.Services.GetRequiredService<EventService>();

    private static DateTime? Time(object? value) => (value as DateTimeOffset?)?.UtcDateTime;

    private static int? Number(object? value) => value is null ? null : Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The event as the viewer now sees it, after a change the domain made.</summary>
    private static async Task<Event> ReadEventAsync(IResolverContext context, long eventId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        var viewer = await context.ViewerAsync();
        return await db.VisibleEvents(viewer).AsNoTracking().FirstOrDefaultAsync(e => e.Id == eventId, context.CancellationToken)
            ?? throw new DomainException(DomainErrors.EventNotFound(eventId));
    }
}
