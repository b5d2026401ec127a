using Community.Domain.Model;
using Community.Domain.Persistence;

namespace Community.Domain.Services;

/// <summary>
/// Where waitlisted registrations stand: 1 is served first. The waitlist is served in order of
/// <see cref="EventRegistration.RegisteredAt"/>, then id, as the service promotes it.
/// </summary>
public static class WaitlistPositions
{
    /// <summary>The position of each of the given registrations that is waitlisted, in one statement.</summary>
    public static IQueryable<WaitlistPosition> Of(CommunityDbContext db, IReadOnlyCollection<long> registrationIds) =>
        db.EventRegistrations
            .Where(r => registrationIds.Contains(r.Id) && r.Status == RegistrationStatus.Waitlisted)
            .Select(r => new WaitlistPosition(r.Id, db.EventRegistrations.Count(ahead =>
                ahead.EventId == r.EventId && ahead.Status == RegistrationStatus.Waitlisted
                && (ahead.RegisteredAt < r.RegisteredAt || (ahead.RegisteredAt == r.RegisteredAt && ahead.Id <= r.Id)))));
}

/// <summary>A waitlisted registration's place in line, from 1.</summary>
public sealed record WaitlistPosition(long RegistrationId, int Position);
