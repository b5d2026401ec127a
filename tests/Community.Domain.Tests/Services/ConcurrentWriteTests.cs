using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

/// <summary>
/// Rules checked before a write hold when requests race: SQLite queues writers, PostgreSQL runs them
/// concurrently, and either way the outcome is one a serial run could give, with typed refusals only.
/// </summary>
public abstract class ConcurrentWriteTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private const int Racers = 4;
    private const int Rounds = 3;

    [DatabaseFact]
    public async Task Racing_joins_of_one_member_make_one_membership()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");

        for (var round = 0; round < Rounds; round++)
        {
            var group = await community.GroupAsync(owner, $"Makers {round}");

            var outcomes = await Race.RunAsync(community, Racers,
                (context, _) => new GroupService(context, community.Clock).JoinAsync(member.Id, group.Id));

            Assert.Equal([.. Enumerable.Repeat(DomainErrorCodes.DuplicateMembership, Racers - 1), Race.Ok], outcomes);
            var context = community.Context();
            Assert.Equal(1, await context.GroupMemberships.CountAsync(m => m.GroupId == group.Id && m.MemberId == member.Id));
            Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.MemberId == member.Id && a.GroupId == group.Id));
        }
    }

    [DatabaseFact]
    public async Task Racing_registrations_of_one_member_take_one_seat()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var member = await community.MemberAsync("member");

        for (var round = 0; round < Rounds; round++)
        {
            var meetup = await community.Events.CreateAsync(organizer.Id, new NewEvent(null, $"Round {round}",
                community.Now.AddDays(1), community.Now.AddDays(1).AddHours(1), Capacity: 10));

            var outcomes = await Race.RunAsync(community, Racers,
                (context, _) => new EventService(context, community.Clock).RegisterAsync(member.Id, meetup.Id));

            Assert.Equal([.. Enumerable.Repeat(DomainErrorCodes.DuplicateRegistration, Racers - 1), Race.Ok], outcomes);
            var context = community.Context();
            Assert.Equal(1, await context.EventRegistrations.CountAsync(r => r.EventId == meetup.Id));
            Assert.Equal(1, (await context.Events.SingleAsync(e => e.Id == meetup.Id)).RegisteredCount);
        }
    }

    [DatabaseFact]
    public async Task Racing_answers_of_one_member_make_one_response()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        var survey = await community.Surveys.CreateAsync(admin.Id, "Pulse", "How are we doing?", null, community.Now, community.Now.AddDays(7));

        var outcomes = await Race.RunAsync(community, Racers,
            (context, racer) => new SurveyService(context, community.Clock).RespondAsync(member.Id, survey.Id, score: racer + 5));

        Assert.Equal([.. Enumerable.Repeat(DomainErrorCodes.DuplicateResponse, Racers - 1), Race.Ok], outcomes);
        Assert.Equal(1, await community.Context().SurveyResponses.CountAsync());
    }

    [DatabaseFact]
    public async Task Racing_follows_of_one_pair_make_one_follow()
    {
        await using var community = await CommunityAsync();
        var ada = await community.MemberAsync("ada");
        var bob = await community.MemberAsync("bob");

        var outcomes = await Race.RunAsync(community, Racers,
            (context, _) => new FollowService(context, community.Clock).FollowAsync(ada.Id, bob.Id));

        Assert.Equal([.. Enumerable.Repeat(DomainErrorCodes.AlreadyFollowing, Racers - 1), Race.Ok], outcomes);
        Assert.Equal(1, await community.Context().Follows.CountAsync());
    }

    [DatabaseFact]
    public async Task Racing_reactions_of_one_member_leave_one_reaction_and_one_point()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var fan = await community.MemberAsync("fan");
        var post = await community.PostAsync(author, null);
        ReactionKind[] kinds = [ReactionKind.Like, ReactionKind.Celebrate, ReactionKind.Support, ReactionKind.Funny];

        // Reacting again changes the kind, so every racer succeeds, as one after another would.
        var outcomes = await Race.RunAsync(community, Racers,
            (context, racer) => new ReactionService(context, community.Clock).ReactAsync(fan.Id, post.Id, kinds[racer]));

        Assert.All(outcomes, outcome => Assert.Equal(Race.Ok, outcome));
        var context = community.Context();
        Assert.Equal(1, await context.Reactions.CountAsync());
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.ReactionAdded));
        Assert.Equal(1, await context.PointsEntries.CountAsync(p => p.Reason == PointsReason.ReactionReceived));
    }

    [DatabaseFact]
    public async Task Racing_votes_of_one_member_leave_one_vote()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var voter = await community.MemberAsync("voter");
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Poll, "Vote please",
            Poll: new NewPoll("Lunch?", ["Pizza", "Sushi"], community.Now.AddDays(1))));
        var poll = await community.Context().Polls.Include(p => p.Options).SingleAsync(p => p.PostId == post.Id);
        var options = poll.Options.Select(o => o.Id).ToArray();

        // A new vote moves the old one, so every racer succeeds, as one after another would.
        var outcomes = await Race.RunAsync(community, Racers,
            (context, racer) => new PollService(context, community.Clock).VoteAsync(voter.Id, poll.Id, options[racer % options.Length]));

        Assert.All(outcomes, outcome => Assert.Equal(Race.Ok, outcome));
        var context = community.Context();
        Assert.Equal(1, await context.PollVotes.CountAsync());
        Assert.Equal(1, await context.ActivityEntries.CountAsync(a => a.Kind == ActivityKind.PollVoted));
    }

    [DatabaseFact]
    public async Task Two_owners_leaving_at_once_leave_one_owner_behind()
    {
        await using var community = await CommunityAsync();
        var first = await community.MemberAsync("first");
        var second = await community.MemberAsync("second");

        for (var round = 0; round < Rounds; round++)
        {
            var group = await community.GroupAsync(first, $"Makers {round}");
            await community.Groups.AddMemberAsync(first.Id, group.Id, second.Id, GroupRole.Owner);
            long[] owners = [first.Id, second.Id];

            // Each sees two owners; only a serial outcome keeps one (SERIALIZABLE on PostgreSQL).
            var outcomes = await Race.RunAsync(community, 2,
                (context, racer) => new GroupService(context, community.Clock).LeaveAsync(owners[racer], group.Id));

            Assert.Equal([DomainErrorCodes.NotAuthorized, Race.Ok], outcomes);
            Assert.Equal(1, await community.Context().GroupMemberships.CountAsync(m => m.GroupId == group.Id && m.Role == GroupRole.Owner));
        }
    }

    [DatabaseFact]
    public async Task Two_cancellations_at_once_promote_two_waiting_members()
    {
        await using var community = await CommunityAsync();
        var organizer = await community.MemberAsync("organizer");
        var seated = new[] { await community.MemberAsync("seated1"), await community.MemberAsync("seated2") };
        var waiting = new[] { await community.MemberAsync("waiting1"), await community.MemberAsync("waiting2") };
        var meetup = await community.Events.CreateAsync(organizer.Id, new NewEvent(null, "Full house",
            community.Now.AddDays(1), community.Now.AddDays(1).AddHours(1), Capacity: 2, WaitlistEnabled: true));
        foreach (var member in seated.Concat(waiting))
        {
            await community.Events.RegisterAsync(member.Id, meetup.Id);
            community.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var outcomes = await Race.RunAsync(community, 2,
            (context, racer) => new EventService(context, community.Clock).CancelRegistrationAsync(seated[racer].Id, meetup.Id));

        // Both freed seats go to the waitlist, one member each: the seat counter matches the seat holders.
        Assert.Equal([Race.Ok, Race.Ok], outcomes);
        var context = community.Context();
        var holders = await context.EventRegistrations.Where(r => r.EventId == meetup.Id && r.Status == RegistrationStatus.Registered)
            .Select(r => r.MemberId).OrderBy(id => id).ToListAsync();
        Assert.Equal(waiting.Select(m => m.Id).Order(), holders);
        Assert.Equal(2, (await context.Events.SingleAsync(e => e.Id == meetup.Id)).RegisteredCount);
    }

    public sealed class Sqlite() : ConcurrentWriteTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : ConcurrentWriteTests(DatabaseProvider.PostgreSql);
}
