using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class PollServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    private static async Task<(Poll Poll, long[] Options)> CreatePollAsync(TestCommunity community, Member author, string question = "Lunch?")
    {
        var post = await community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Poll, "Vote please",
            Poll: new NewPoll(question, ["Pizza", "Sushi"], community.Now.AddDays(1))));
        var poll = await community.Context().Polls.Include(p => p.Options).SingleAsync(p => p.PostId == post.Id);
        return (poll, poll.Options.OrderBy(o => o.Position).Select(o => o.Id).ToArray());
    }

    [DatabaseFact]
    public async Task A_vote_counts_while_the_poll_is_open_and_can_be_moved()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var voter = await community.MemberAsync("voter");
        var (poll, options) = await CreatePollAsync(community, author);

        await community.Polls.VoteAsync(voter.Id, poll.Id, options[0]);
        await community.Polls.VoteAsync(voter.Id, poll.Id, options[1]);

        var vote = await community.Context().PollVotes.SingleAsync();
        Assert.Equal(options[1], vote.OptionId);
    }

    [DatabaseFact]
    public async Task No_vote_once_the_poll_has_closed()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var voter = await community.MemberAsync("voter");
        var (poll, options) = await CreatePollAsync(community, author);

        community.Clock.Advance(TimeSpan.FromDays(1));

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PollClosed,
            () => community.Polls.VoteAsync(voter.Id, poll.Id, options[0]));
    }

    [DatabaseFact]
    public async Task A_poll_closed_by_its_author_takes_no_votes()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var voter = await community.MemberAsync("voter");
        var (poll, options) = await CreatePollAsync(community, author);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Polls.CloseAsync(voter.Id, poll.Id));
        await community.Polls.CloseAsync(author.Id, poll.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.PollClosed,
            () => community.Polls.VoteAsync(voter.Id, poll.Id, options[0]));
    }

    [DatabaseFact]
    public async Task A_vote_for_another_polls_option_is_refused()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");
        var voter = await community.MemberAsync("voter");
        var (poll, _) = await CreatePollAsync(community, author);
        var (_, foreignOptions) = await CreatePollAsync(community, author, "Dinner?");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.ForeignPollOption,
            () => community.Polls.VoteAsync(voter.Id, poll.Id, foreignOptions[0]));
    }

    [DatabaseFact]
    public async Task A_poll_needs_two_to_ten_distinct_options()
    {
        await using var community = await CommunityAsync();
        var author = await community.MemberAsync("author");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Poll, "Vote", Poll: new NewPoll("One?", ["Only"]))));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Poll, "Vote", Poll: new NewPoll("Same?", ["A", "a"]))));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Posts.CreateAsync(author.Id, new NewPost(null, PostKind.Update, "Vote", Poll: new NewPoll("Kind?", ["A", "B"]))));
    }

    public sealed class Sqlite() : PollServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : PollServiceTests(DatabaseProvider.PostgreSql);
}
