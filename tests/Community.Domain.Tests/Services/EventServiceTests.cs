using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class EventServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static NewEvent Meetup(DateTime now, int? capacity, bool waitlist) =>
        new(null, "Meetup", now.AddDays(2), now.AddDays(2).AddHours(2), "Europe/Paris", EventFormat.Hybrid, capacity, waitlist);

    [DatabaseFact]
    public async Task A_full_event_without_waitlist_refuses_the_registration_and_writes_nothing()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var first = await community.MemberAsync("first");
        var late = await community.MemberAsync("late");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: 1, waitlist: false));

        var registration = await community.Events.RegisterAsync(first.Id, meetup.Id);
        Assert.Equal(RegistrationStatus.Registered, registration.Status);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.EventFull,
            () => community.Events.RegisterAsync(late.Id, meetup.Id));
        Assert.Equal(1, (await community.Context().Events.SingleAsync()).RegisteredCount);
    }

    [DatabaseFact]
    public async Task A_duplicate_registration_is_refused()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: 5, waitlist: true));
        await community.Events.RegisterAsync(organizer.Id, meetup.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateRegistration,
            () => community.Events.RegisterAsync(organizer.Id, meetup.Id));
    }

    [DatabaseFact]
    public async Task A_freed_seat_goes_to_the_first_member_on_the_waitlist()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var seated = await community.MemberAsync("seated");
        var firstWaiting = await community.MemberAsync("waiting1");
        var secondWaiting = await community.MemberAsync("waiting2");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: 1, waitlist: true));
        await community.Events.RegisterAsync(seated.Id, meetup.Id);
        community.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(RegistrationStatus.Waitlisted, (await community.Events.RegisterAsync(firstWaiting.Id, meetup.Id)).Status);
        community.Clock.Advance(TimeSpan.FromMinutes(1));
        await community.Events.RegisterAsync(secondWaiting.Id, meetup.Id);

        await community.Events.CancelRegistrationAsync(seated.Id, meetup.Id);

        var context = community.Context();
        var statuses = await context.EventRegistrations.OrderBy(r => r.MemberId).Select(r => r.Status).ToListAsync();
        Assert.Equal([RegistrationStatus.Cancelled, RegistrationStatus.Registered, RegistrationStatus.Waitlisted], statuses);
        Assert.Equal(1, (await context.Events.SingleAsync()).RegisteredCount);
        var notification = await context.Notifications.SingleAsync();
        Assert.Equal((firstWaiting.Id, NotificationKind.WaitlistPromoted), (notification.RecipientId, notification.Kind));
    }

    [DatabaseFact]
    public async Task Checking_in_counts_attendance_once_and_awards_points()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var attendee = await community.MemberAsync("attendee");
        var stranger = await community.MemberAsync("stranger");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: null, waitlist: false));
        await community.Events.RegisterAsync(attendee.Id, meetup.Id);
        community.Clock.Advance(meetup.StartsAt - community.Now);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotRegistered,
            () => community.Events.CheckInAsync(stranger.Id, meetup.Id, stranger.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Events.CheckInAsync(stranger.Id, meetup.Id, attendee.Id));
        await community.Events.CheckInAsync(organizer.Id, meetup.Id, attendee.Id);
        await community.Events.CheckInAsync(attendee.Id, meetup.Id, attendee.Id);

        var context = community.Context();
        Assert.NotNull((await context.EventRegistrations.SingleAsync()).CheckedInAt);
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.EventAttended && a.MemberId == attendee.Id));
        Assert.Equal(PointsRules.For(PointsReason.EventAttended),
            await context.PointsEntries.Where(p => p.MemberId == attendee.Id).SumAsync(p => p.Points));
    }

    [DatabaseFact]
    public async Task Ended_and_cancelled_events_take_no_registrations()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var member = await community.MemberAsync("member");
        var ended = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, null, false));
        var cancelled = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, null, false) with { Title = "Cancelled" });
        await community.Events.CancelEventAsync(organizer.Id, cancelled.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.EventCancelled,
            () => community.Events.RegisterAsync(member.Id, cancelled.Id));
        community.Clock.Advance(TimeSpan.FromDays(3));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.EventEnded,
            () => community.Events.RegisterAsync(member.Id, ended.Id));
    }

    [DatabaseFact]
    public async Task Invalid_event_input_is_refused()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var input = Meetup(community.Now, capacity: 0, waitlist: false);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.CreateAsync(organizer.Id, input));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.CreateAsync(organizer.Id, input with { Capacity = 3, EndsAt = input.StartsAt }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Events.CreateAsync(organizer.Id, input with { Capacity = 3, TimeZone = "Mars/Olympus" }));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.Events.CreateAsync(organizer.Id, input with { Capacity = 3, GroupId = 42 }));
    }

    public sealed class Sqlite() : EventServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : EventServiceTests(DatabaseProvider.PostgreSql);
}
