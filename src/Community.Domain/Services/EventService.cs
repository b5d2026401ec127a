using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Events, registrations, the waitlist and check-ins. Seats are taken with one conditional
/// <c>UPDATE ... WHERE RegisteredCount &lt; Capacity</c>, so the database decides who gets the last seat.
/// </summary>
public sealed class EventService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Members create events in their groups; employees create company-wide events.</summary>
    public Task<Event> CreateAsync(long actorId, NewEvent input, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var (group, membership) = await PostPublishing.LoadSpaceAsync(db, actor, input.GroupId, cancellationToken);
            AccessPolicy.EnsureCanPost(actor, group, membership, PostKind.Update);
            var created = new Event(input.GroupId, actor.Id, input.Title, input.Description, input.StartsAt, input.EndsAt,
                input.TimeZone, input.Format, input.Location, input.OnlineUrl, input.Capacity, input.WaitlistEnabled, Now);
            db.Events.Add(created);
            return created;
        }, cancellationToken);

    /// <summary>
    /// The organizer or a moderator changes an event that is not cancelled. Seats a larger capacity adds go to the
    /// waitlist in its order.
    /// </summary>
    public Task<Event> EditAsync(long actorId, long eventId, EventChanges changes, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var target = await LoadVisibleAsync(actor, eventId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, target.GroupId, actor.Id, cancellationToken);
            Guard.Against(actor.Id != target.OrganizerId && !AccessPolicy.CanModerate(actor, membership),
                DomainErrors.NotAuthorized("Only the organizer or a moderator can change an event."));
            Guard.Against(target.CancelledAt is not null, DomainErrors.EventCancelled(eventId));
            target.Edit(changes);
            await db.SaveChangesAsync(cancellationToken);

            while (await PromoteFromWaitlistAsync(eventId, cancellationToken))
            {
                // Each turn seats the longest-waiting member, until the new seats or the waitlist run out.
            }

            await db.Entry(target).ReloadAsync(cancellationToken);
            return target;
        }, cancellationToken);

    /// <summary>Takes a seat, or a place on the waitlist when the event is full and has one; otherwise EVENT_FULL.</summary>
    public Task<EventRegistration> RegisterAsync(long actorId, long eventId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var target = await LoadOpenAsync(actor, eventId, cancellationToken);
            var registration = await db.EventRegistrations.FirstOrDefaultAsync(r => r.EventId == eventId && r.MemberId == actor.Id, cancellationToken);
            Guard.Against(registration is { Status: not RegistrationStatus.Cancelled }, DomainErrors.DuplicateRegistration(eventId));

            var status = await TryTakeSeatAsync(eventId, cancellationToken) ? RegistrationStatus.Registered
                : target.WaitlistEnabled ? RegistrationStatus.Waitlisted
                : throw new DomainException(DomainErrors.EventFull(eventId));
            if (registration is null)
            {
                registration = new EventRegistration(eventId, actor.Id, status, Now);
                db.EventRegistrations.Add(registration);
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                registration.Reactivate(status, Now);
            }

            RecordChange(registration);

            db.RecordActivity(actor.Id, ActivityKind.EventRegistered, Now, target.GroupId, subjectId: eventId);
            return registration;
        }, cancellationToken);

    /// <summary>Gives up a seat (or a waitlist place); a freed seat goes to the longest-waiting member.</summary>
    public Task CancelRegistrationAsync(long actorId, long eventId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var registration = await db.EventRegistrations.FirstOrDefaultAsync(
                r => r.EventId == eventId && r.MemberId == actor.Id && r.Status != RegistrationStatus.Cancelled, cancellationToken)
                ?? throw new DomainException(DomainErrors.NotRegistered(eventId));
            var heldSeat = registration.Status == RegistrationStatus.Registered;
            registration.Cancel(Now);
            RecordChange(registration);
            if (heldSeat)
            {
                await db.Events.Where(e => e.Id == eventId)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredCount, e => e.RegisteredCount - 1), cancellationToken);
                await PromoteFromWaitlistAsync(eventId, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>
    /// Marks attendance: the member themself, the organizer, or a moderator checks a seat holder in, from an hour before
    /// the start to two hours after the end (<see cref="Event.AcceptsCheckInAt"/>); otherwise CHECK_IN_CLOSED.
    /// </summary>
    public Task<EventRegistration> CheckInAsync(long actorId, long eventId, long memberId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var target = await LoadVisibleAsync(actor, eventId, cancellationToken);
            Guard.Against(target.CancelledAt is not null, DomainErrors.EventCancelled(eventId));
            var membership = await Actors.MembershipAsync(db, target.GroupId, actor.Id, cancellationToken);
            Guard.Against(actor.Id != memberId && actor.Id != target.OrganizerId && !AccessPolicy.CanModerate(actor, membership),
                DomainErrors.NotAuthorized("Only the member, the organizer or a moderator can check a member in."));
            Guard.Against(!target.AcceptsCheckInAt(Now), DomainErrors.CheckInClosed(eventId, target.CheckInOpensAt, target.CheckInClosesAt));
            var registration = await db.EventRegistrations.FirstOrDefaultAsync(
                r => r.EventId == eventId && r.MemberId == memberId && r.Status == RegistrationStatus.Registered, cancellationToken)
                ?? throw new DomainException(DomainErrors.NotRegistered(eventId));
            if (registration.CheckedInAt is null)
            {
                registration.CheckIn(Now);
                db.RecordActivity(memberId, ActivityKind.EventAttended, Now, target.GroupId, subjectId: eventId);
                db.AwardPoints(memberId, PointsReason.EventAttended, registration.Id, Now);
            }

            return registration;
        }, cancellationToken);

    /// <summary>The organizer or a moderator cancels the event; everyone holding a seat or a waitlist place is told.</summary>
    public Task CancelEventAsync(long actorId, long eventId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var target = await LoadVisibleAsync(actor, eventId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, target.GroupId, actor.Id, cancellationToken);
            Guard.Against(actor.Id != target.OrganizerId && !AccessPolicy.CanModerate(actor, membership),
                DomainErrors.NotAuthorized("Only the organizer or a moderator can cancel an event."));
            target.Cancel(Now);
            var attendees = await db.EventRegistrations
                .Where(r => r.EventId == eventId && r.Status != RegistrationStatus.Cancelled)
                .Select(r => r.MemberId).ToListAsync(cancellationToken);
            foreach (var memberId in attendees)
            {
                db.Notify(memberId, NotificationKind.EventCancelled, actor.Id, Now, eventId: eventId);
            }
        }, cancellationToken);

    private async Task<bool> TryTakeSeatAsync(long eventId, CancellationToken cancellationToken) =>
        await db.Events
            .Where(e => e.Id == eventId && (e.Capacity == null || e.RegisteredCount < e.Capacity))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredCount, e => e.RegisteredCount + 1), cancellationToken) == 1;

    /// <summary>Gives a free seat to the longest-waiting member; false when nobody waits or no seat is free.</summary>
    private async Task<bool> PromoteFromWaitlistAsync(long eventId, CancellationToken cancellationToken)
    {
        var next = await db.EventRegistrations
            .Where(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted)
            .OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null || !await TryTakeSeatAsync(eventId, cancellationToken))
        {
            return false;
        }

        next.Promote(Now);
        RecordChange(next);
        db.Notify(next.MemberId, NotificationKind.WaitlistPromoted, null, Now, eventId: eventId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Keeps the registration's new status with its time (the registration itself keeps only the latest).</summary>
    private void RecordChange(EventRegistration registration) => db.RegistrationChanges.Add(new RegistrationChange(registration, Now));

    private async Task<Event> LoadOpenAsync(Member actor, long eventId, CancellationToken cancellationToken)
    {
        var target = await LoadVisibleAsync(actor, eventId, cancellationToken);
        Guard.Against(target.CancelledAt is not null, DomainErrors.EventCancelled(eventId));
        Guard.Against(target.EndsAt <= Now, DomainErrors.EventEnded(eventId));
        return target;
    }

    private async Task<Event> LoadVisibleAsync(Member actor, long eventId, CancellationToken cancellationToken)
    {
        var target = await db.Events.Include(e => e.Group).FirstOrDefaultAsync(e => e.Id == eventId, cancellationToken)
            ?? throw new DomainException(DomainErrors.EventNotFound(eventId));
        var membership = await Actors.MembershipAsync(db, target.GroupId, actor.Id, cancellationToken);
        Guard.Against(!AccessPolicy.CanRead(actor, target.Group, membership), DomainErrors.EventNotFound(eventId));
        return target;
    }
}
