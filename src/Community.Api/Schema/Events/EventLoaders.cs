using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Events;

/// <summary>
/// The per-event and per-registration figures of a page, each loaded for the whole request in one
/// statement, so that a page of 50 events costs the statements a page of 10 costs.
/// </summary>
internal static class EventLoaders
{
    public static Task<int> WaitlistCountAsync(this IResolverContext context, long eventId) =>
        Load(context, "event.waitlistCount", eventId, 0, async (db, ids, ct) => await db.EventRegistrations
            .Where(r => ids.Contains(r.EventId) && r.Status == RegistrationStatus.Waitlisted)
            .GroupBy(r => r.EventId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct));

    /// <summary>
    /// The viewer's registration for the event. The same batch primes the waitlist positions of the
    /// registrations it loads, so <c>viewerRegistration { waitlistPosition }</c> needs no second wave of loads.
    /// </summary>
    public static async Task<EventRegistration?> ViewerRegistrationAsync(this IResolverContext context, long eventId)
    {
        var viewer = await context.ViewerAsync();
        var positions = WaitlistPositionLoader(context);
        return await Load<EventRegistration?>(context, "event.viewerRegistration", eventId, null, async (db, ids, ct) =>
        {
            var registrations = await db.EventRegistrations.AsNoTracking()
                .Where(r => ids.Contains(r.EventId) && r.MemberId == viewer.Id)
                .ToListAsync(ct);
            var waitlisted = registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.Id).ToList();
            var known = waitlisted.Count == 0 ? new Dictionary<long, int>()
                : await WaitlistPositions.Of(db, waitlisted).ToDictionaryAsync(p => p.RegistrationId, p => p.Position, ct);
            foreach (var registration in registrations)
            {
                positions.Prime(registration.Id, known.TryGetValue(registration.Id, out var position) ? position : null);
            }

            return registrations.ToDictionary(r => r.EventId, r => (EventRegistration?)r);
        });
    }

    /// <summary>The registration's place on the waitlist, or null when it is not waitlisted.</summary>
    public static Task<int?> WaitlistPositionAsync(this IResolverContext context, long registrationId) =>
        WaitlistPositionLoader(context).LoadAsync(registrationId);

    /// <summary>An event by id, for a registration (whose event the viewer was allowed to reach it through).</summary>
    public static Task<Event?> EventAsync(this IResolverContext context, long eventId) =>
        Load<Event?>(context, "event.byId", eventId, null, async (db, ids, ct) => await db.Events
            .AsNoTracking()
            .Where(e => ids.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => (Event?)e, ct));

    private static DataLoader<long, int?> WaitlistPositionLoader(IResolverContext context)
    {
        var factory = context.DbFactory();
        return context.DataLoader<long, int?>("eventRegistration.waitlistPosition", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await WaitlistPositions.Of(db, ids).ToDictionaryAsync(p => p.RegistrationId, p => (int?)p.Position, ct);
        });
    }

    private static async Task<T> Load<T>(IResolverContext context, string name, long key, T missing,
        Func<CommunityDbContext, IReadOnlyList<long>, CancellationToken, Task<Dictionary<long, T>>> query)
    {
        var factory = context.DbFactory();
        var loader = context.DataLoader<long, T>(name, async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await query(db, ids, ct);
        });
        var value = await loader.LoadAsync(key);
        return value is null ? missing : value;
    }
}
