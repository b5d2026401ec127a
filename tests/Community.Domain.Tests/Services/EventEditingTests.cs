using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

/// <summary>Changing an event, who sees its registrations, and where waitlisted members stand.</summary>
public abstract class EventEditingTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static NewEvent Meetup(DateTime now, int? capacity) =>
        new(null, "Meetup", now.AddDays(2), now.AddDays(2).AddHours(2), "Europe/Paris", EventFormat.Onsite, capacity, WaitlistEnabled: true,
            Location: "Room 4");

    [DatabaseFact]
    public async Task The_organizer_changes_what_is_given_and_the_rest_stays()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, 10));

        var edited = await community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges
        {
            Title = "Meetup, moved",
            StartsAt = meetup.StartsAt.AddHours(1),
            EndsAt = meetup.EndsAt.AddHours(1),
            Format = EventFormat.Hybrid,
            OnlineUrl = "https://meet.example.com/m",
        });

        var stored = await community.Context().Events.SingleAsync();
        Assert.Equal(("Meetup, moved", meetup.StartsAt.AddHours(1), EventFormat.Hybrid), (stored.Title, stored.StartsAt, stored.Format));
        Assert.Equal(("Room 4", "Europe/Paris", (int?)10), (stored.Location, stored.TimeZone, stored.Capacity));
        Assert.Equal("https://meet.example.com/m", edited.OnlineUrl);
    }

    [DatabaseFact]
    public async Task Others_cancelled_events_and_invalid_changes_are_refused_and_change_nothing()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var stranger = await community.MemberAsync("stranger");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, 2));
        await community.Events.RegisterAsync(stranger.Id, meetup.Id);
        await community.Events.RegisterAsync(organizer.Id, meetup.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Events.EditAsync(stranger.Id, meetup.Id, new EventChanges { Title = "Mine now" }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { EndsAt = meetup.StartsAt }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { Capacity = new EventCapacity(1) }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { Title = "  " }));
        await community.Events.CancelEventAsync(organizer.Id, meetup.Id);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.EventCancelled,
            () => community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { Title = "Back on" }));
    }

    [DatabaseFact]
    public async Task An_outsider_cannot_edit_an_event_of_a_secret_group_nor_learn_its_name()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var outsider = await community.MemberAsync("outsider");
        var secret = await community.GroupAsync(owner, "Hush", GroupVisibility.Secret);
        var meetup = await community.Events.CreateAsync(owner.Id, Meetup(community.Now, null) with { GroupId = secret.Id });

        var refusal = await DomainAssert.RefusedAsync(DomainErrorCodes.EventNotFound,
            () => community.Events.EditAsync(outsider.Id, meetup.Id, new EventChanges { Title = "Found it" }));
        Assert.DoesNotContain("Hush", refusal.Message, StringComparison.Ordinal);
    }

    [DatabaseFact]
    public async Task A_larger_capacity_seats_the_waitlist_in_order_and_unlimited_seats_everyone()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var members = new List<Member>();
        for (var i = 0; i < 4; i++)
        {
            members.Add(await community.MemberAsync($"member{i}"));
        }

        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, 1));
        foreach (var member in members)
        {
            await community.Events.RegisterAsync(member.Id, meetup.Id);
            community.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var edited = await community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { Capacity = new EventCapacity(2) });
        Assert.Equal(2, edited.RegisteredCount);
        var statuses = await community.Context().EventRegistrations.OrderBy(r => r.MemberId).Select(r => r.Status).ToListAsync();
        Assert.Equal([RegistrationStatus.Registered, RegistrationStatus.Registered, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted], statuses);

        await community.Events.EditAsync(organizer.Id, meetup.Id, new EventChanges { Capacity = new EventCapacity(null) });
        var context = community.Context();
        Assert.All(await context.EventRegistrations.ToListAsync(), r => Assert.Equal(RegistrationStatus.Registered, r.Status));
        Assert.Equal(4, (await context.Events.SingleAsync()).RegisteredCount);
        Assert.Equal(3, await context.Notifications.CountAsync(n => n.Kind == NotificationKind.WaitlistPromoted));
    }

    [DatabaseFact]
    public async Task Waitlist_positions_follow_the_order_the_waitlist_is_served_in()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, 1));
        var other = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, 1) with { Title = "Other" });
        var registrations = new List<EventRegistration>();
        for (var i = 0; i < 4; i++)
        {
            var member = await community.MemberAsync($"member{i}");
            registrations.Add(await community.Events.RegisterAsync(member.Id, meetup.Id));
            await community.Events.RegisterAsync(member.Id, other.Id);
            community.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await community.Events.CancelRegistrationAsync(registrations[2].MemberId, meetup.Id);
        var ids = registrations.Select(r => r.Id).ToList();
        var positions = await WaitlistPositions.Of(community.Context(), ids).ToDictionaryAsync(p => p.RegistrationId, p => p.Position);

        Assert.Equal(new Dictionary<long, int> { [ids[1]] = 1, [ids[3]] = 2 }, positions);
    }

    [DatabaseFact]
    public async Task Registrations_are_seen_by_the_organizer_group_owners_and_admins_only()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var organizer = await community.MemberAsync("organizer");
        var moderator = await community.MemberAsync("moderator", role: MemberRole.Moderator);
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        var group = await community.GroupAsync(owner, "Guild");
        await community.Groups.JoinAsync(organizer.Id, group.Id);
        await community.Groups.JoinAsync(member.Id, group.Id);
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, null) with { GroupId = group.Id });
        var memberships = await community.Context().GroupMemberships.Where(m => m.GroupId == group.Id).ToDictionaryAsync(m => m.MemberId);

        bool Sees(Member actor) => AccessPolicy.CanSeeRegistrations(actor, meetup, memberships.GetValueOrDefault(actor.Id));

        Assert.True(Sees(organizer));
        Assert.True(Sees(owner));
        Assert.True(Sees(admin));
        Assert.False(Sees(member));
        Assert.False(Sees(moderator));
    }

    public sealed class Sqlite() : EventEditingTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : EventEditingTests(DatabaseProvider.PostgreSql);
}
