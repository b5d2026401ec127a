using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class EventRegistrationRaceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Two_registrations_racing_for_the_last_seat_exactly_one_wins()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var racers = new[] { await community.MemberAsync("racer1"), await community.MemberAsync("racer2") };

        for (var round = 0; round < 10; round++)
        {
            var meetup = await community.Events.CreateAsync(organizer.Id, new NewEvent(null, $"Round {round}",
                community.Now.AddDays(1), community.Now.AddDays(1).AddHours(1), Capacity: 1, WaitlistEnabled: false));

            // Separate contexts, separate connections, same file; both start together.
            using var start = new Barrier(racers.Length);
            var attempts = racers.Select(racer => Task.Run(async () =>
            {
                await using var context = community.Database.NewContext();
                var service = new EventService(context, community.Clock);
                start.SignalAndWait();
                try
                {
                    await service.RegisterAsync(racer.Id, meetup.Id);
                    return "won";
                }
                catch (DomainException error)
                {
                    return error.Code;
                }
            })).ToArray();

            var outcomes = await Task.WhenAll(attempts);

            Assert.Equal(["EVENT_FULL", "won"], outcomes.Order());
            var context = community.Context();
            Assert.Equal(1, await context.EventRegistrations.CountAsync(r => r.EventId == meetup.Id && r.Status == RegistrationStatus.Registered));
            Assert.Equal(1, (await context.Events.SingleAsync(e => e.Id == meetup.Id)).RegisteredCount);
        }
    }

    public sealed class Sqlite() : EventRegistrationRaceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : EventRegistrationRaceTests(DatabaseProvider.PostgreSql);
}
