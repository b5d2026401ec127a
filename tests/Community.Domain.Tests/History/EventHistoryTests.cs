using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.History;

/// <summary>Registrations keep every status change with its time; check-ins are accepted only around the event.</summary>
public abstract class EventHistoryTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static NewEvent Meetup(DateTime now, int? capacity) =>
        new(null, "Meetup", now.AddDays(2), now.AddDays(2).AddHours(2), "UTC", EventFormat.Onsite, capacity, WaitlistEnabled: true);

    [DatabaseFact]
    public async Task A_registration_s_status_is_taken_as_at_any_date()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var first = await community.MemberAsync("first");
        var second = await community.MemberAsync("second");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: 1));
        await community.Events.RegisterAsync(first.Id, meetup.Id);
        var waitlisted = community.Now;
        var registration = await community.Events.RegisterAsync(second.Id, meetup.Id);
        community.Clock.Advance(TimeSpan.FromHours(5));
        var promoted = community.Now;
        await community.Events.CancelRegistrationAsync(first.Id, meetup.Id);
        community.Clock.Advance(TimeSpan.FromHours(5));
        var cancelled = community.Now;
        await community.Events.CancelRegistrationAsync(second.Id, meetup.Id);
        community.Clock.Advance(TimeSpan.FromHours(5));
        await community.Events.RegisterAsync(second.Id, meetup.Id);

        Task<RegistrationStatus> StatusAtAsync(DateTime at) => community.Context().RegistrationChanges.StatusAt(at)
            .Where(c => c.RegistrationId == registration.Id).Select(c => c.Status).SingleAsync();
        Assert.Equal(RegistrationStatus.Waitlisted, await StatusAtAsync(waitlisted.AddHours(1)));
        Assert.Equal(RegistrationStatus.Registered, await StatusAtAsync(promoted.AddHours(1)));
        Assert.Equal(RegistrationStatus.Cancelled, await StatusAtAsync(cancelled.AddHours(1)));
        Assert.Equal(RegistrationStatus.Registered, await StatusAtAsync(community.Now));
        Assert.Equal(2, await community.Context().RegistrationChanges.StatusAt(promoted.AddHours(1)).CountAsync(c => c.EventId == meetup.Id));
        Assert.Equal(1, await community.Context().RegistrationChanges.StatusAt(promoted.AddHours(1))
            .CountAsync(c => c.EventId == meetup.Id && c.Status == RegistrationStatus.Registered));
    }

    [DatabaseFact]
    public async Task Registration_changes_are_append_only()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: null));
        await community.Events.RegisterAsync(organizer.Id, meetup.Id);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => community.Database.Execute("DELETE FROM \"RegistrationChanges\""));
        var context = community.Context();
        context.RegistrationChanges.Remove(await context.RegistrationChanges.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    [DatabaseFact]
    public async Task Cancelling_an_event_keeps_when_it_was_cancelled()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: null));
        community.Clock.Advance(TimeSpan.FromHours(3));
        var cancelled = community.Now;
        await community.Events.CancelEventAsync(organizer.Id, meetup.Id);
        community.Clock.Advance(TimeSpan.FromHours(3));
        await community.Events.CancelEventAsync(organizer.Id, meetup.Id);

        Assert.Equal(cancelled, (await community.Context().Events.SingleAsync()).CancelledAt);
    }

    [DatabaseFact]
    public async Task Check_in_opens_an_hour_before_the_start_and_closes_two_hours_after_the_end()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var early = await community.MemberAsync("early");
        var late = await community.MemberAsync("late");
        var meetup = await community.Events.CreateAsync(organizer.Id, Meetup(community.Now, capacity: null));
        await community.Events.RegisterAsync(early.Id, meetup.Id);
        await community.Events.RegisterAsync(late.Id, meetup.Id);

        community.Clock.Advance(meetup.StartsAt - TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1) - community.Now);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CheckInClosed,
            () => community.Events.CheckInAsync(early.Id, meetup.Id, early.Id));
        community.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(community.Now, (await community.Events.CheckInAsync(early.Id, meetup.Id, early.Id)).CheckedInAt);

        community.Clock.Advance(meetup.EndsAt + TimeSpan.FromHours(2) - community.Now);
        var lateBy = TimeSpan.FromSeconds(1);
        community.Clock.Advance(lateBy);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.CheckInClosed,
            () => community.Events.CheckInAsync(organizer.Id, meetup.Id, late.Id));
        community.Clock.Advance(-lateBy);
        Assert.Equal(community.Now, (await community.Events.CheckInAsync(organizer.Id, meetup.Id, late.Id)).CheckedInAt);
    }

    public sealed class Sqlite() : EventHistoryTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : EventHistoryTests(DatabaseProvider.PostgreSql);
}
