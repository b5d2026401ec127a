using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>Polls through the API: publishing one, voting, results, and the votes that must not count.</summary>
public sealed class PollSchemaTests : IAsyncLifetime
{
    private const string CreatePollPost = """
        mutation($input: CreatePollPostInput!) {
          createPollPost(input: $input) {
            post { id kind body poll { id question isClosed closesAt totalVotes options { id text position voteCount } viewerVote { id } } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Vote = """
        mutation($input: VoteInput!) {
          vote(input: $input) {
            poll { id totalVotes isClosed options { id text voteCount } viewerVote { id text } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_poll_post_is_created_with_its_options_and_counts_votes_per_option()
    {
        var created = await _api.RunAsync(_api.Bob, CreatePollPost, new
        {
            input = new
            {
                groupId = CommunityApi.Id("Group", _api.Engineering.Id),
                body = "Help us choose",
                question = "Which day for the demo?",
                options = new[] { "Monday", "Friday" },
            },
        });

        var payload = CommunitySchemaTests.Data(created).GetProperty("createPollPost");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal("POLL", payload.GetProperty("post").GetProperty("kind").GetString());
        var poll = payload.GetProperty("post").GetProperty("poll");
        Assert.Equal("Which day for the demo?", poll.GetProperty("question").GetString());
        Assert.False(poll.GetProperty("isClosed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, poll.GetProperty("viewerVote").ValueKind);
        var options = poll.GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["Monday", "Friday"], options.Select(o => o.GetProperty("text").GetString()));
        var pollId = poll.GetProperty("id").GetString()!;
        var friday = options[1].GetProperty("id").GetString()!;
        var monday = options[0].GetProperty("id").GetString()!;

        await VoteAsync(_api.Bob, pollId, friday);
        await VoteAsync(_api.Cleo, pollId, monday);
        var moved = CommunitySchemaTests.Data(await VoteAsync(_api.Cleo, pollId, friday)).GetProperty("vote");

        Assert.Equal(JsonValueKind.Null, moved.GetProperty("errors").ValueKind);
        var result = moved.GetProperty("poll");
        Assert.Equal(2, result.GetProperty("totalVotes").GetInt32());
        Assert.Equal("Friday", result.GetProperty("viewerVote").GetProperty("text").GetString());
        Assert.Equal([0, 2], result.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("voteCount").GetInt32()));
        var asAda = await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Post { poll { viewerVote { id } options { voteCount } } } } }",
            new { id = payload.GetProperty("post").GetProperty("id").GetString() });
        var seenByAda = CommunitySchemaTests.Data(asAda).GetProperty("node").GetProperty("poll");
        Assert.Equal(JsonValueKind.Null, seenByAda.GetProperty("viewerVote").ValueKind);
        Assert.Equal([0, 2], seenByAda.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("voteCount").GetInt32()));
    }

    [Fact]
    public async Task Other_kinds_of_post_have_no_poll()
    {
        var response = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Post { poll { id } } } }",
            new { id = CommunityApi.Id("Post", _api.EngineeringPost.Id) });

        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(response).GetProperty("node").GetProperty("poll").ValueKind);
    }

    [Fact]
    public async Task A_poll_post_cannot_be_made_with_createPost()
    {
        var response = await _api.RunAsync(_api.Bob, """
            mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { __typename } } }
            """, new { input = new { groupId = CommunityApi.Id("Group", _api.Engineering.Id), kind = "POLL", body = "Vote" } });

        Assert.Equal("InvalidInputError", CommunitySchemaTests.Data(response).GetProperty("createPost").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.Polls));
    }

    [Theory]
    [InlineData(1, "INVALID_INPUT")]
    [InlineData(11, "INVALID_INPUT")]
    public async Task A_poll_with_too_few_or_too_many_options_is_refused_and_writes_nothing(int count, string code)
    {
        var posts = await _api.CountAsync(db => db.Posts);
        var polls = await _api.CountAsync(db => db.Polls);

        var response = await _api.RunAsync(_api.Bob, CreatePollPost, new
        {
            input = new
            {
                groupId = CommunityApi.Id("Group", _api.Engineering.Id),
                body = "Vote",
                question = "Which?",
                options = Enumerable.Range(1, count).Select(i => $"Option {i}").ToArray(),
            },
        });

        var payload = CommunitySchemaTests.Data(response).GetProperty("createPollPost");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("post").ValueKind);
        Assert.Equal(code, payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(posts, await _api.CountAsync(db => db.Posts));
        Assert.Equal(polls, await _api.CountAsync(db => db.Polls));
    }

    [Fact]
    public async Task A_vote_on_a_closed_poll_is_refused_and_writes_nothing()
    {
        var poll = await PollAsync(_api.Bob, _api.Engineering.Id);
        var close = await _api.RunAsync(_api.Bob, "mutation($input: ClosePollInput!) { closePoll(input: $input) { poll { isClosed closedAt } errors { __typename } } }",
            new { input = new { pollId = CommunityApi.Id("Poll", poll.Id) } });
        Assert.True(CommunitySchemaTests.Data(close).GetProperty("closePoll").GetProperty("poll").GetProperty("isClosed").GetBoolean());
        var votes = await _api.CountAsync(db => db.PollVotes);
        var activity = await _api.CountAsync(db => db.ActivityEntries);

        var response = await VoteAsync(_api.Cleo, CommunityApi.Id("Poll", poll.Id), CommunityApi.Id("PollOption", poll.Options.First().Id));

        var payload = CommunitySchemaTests.Data(response).GetProperty("vote");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("poll").ValueKind);
        Assert.Equal("PollClosedError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("POLL_CLOSED", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(votes, await _api.CountAsync(db => db.PollVotes));
        Assert.Equal(activity, await _api.CountAsync(db => db.ActivityEntries));
    }

    [Fact]
    public async Task Only_the_author_or_a_moderator_closes_a_poll()
    {
        var poll = await PollAsync(_api.Bob, _api.Engineering.Id);

        var response = await _api.RunAsync(_api.Cleo, "mutation($input: ClosePollInput!) { closePoll(input: $input) { poll { isClosed } errors { __typename } } }",
            new { input = new { pollId = CommunityApi.Id("Poll", poll.Id) } });

        Assert.Equal("NotAuthorizedError", CommunitySchemaTests.Data(response).GetProperty("closePoll").GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(1, await _api.CountAsync(db => db.Polls.Where(p => p.Id == poll.Id && p.ClosedAt == null)));
    }

    [Fact]
    public async Task A_vote_for_an_option_of_another_poll_is_refused_and_writes_nothing()
    {
        var first = await PollAsync(_api.Bob, _api.Engineering.Id);
        var second = await PollAsync(_api.Bob, _api.Engineering.Id);

        var response = await VoteAsync(_api.Cleo, CommunityApi.Id("Poll", first.Id), CommunityApi.Id("PollOption", second.Options.First().Id));

        var error = CommunitySchemaTests.Data(response).GetProperty("vote").GetProperty("errors")[0];
        Assert.Equal("ForeignPollOptionError", error.GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.PollVotes));
    }

    [Fact]
    public async Task A_poll_in_a_secret_group_is_not_found_by_outsiders_neither_by_vote_nor_by_node()
    {
        var poll = await PollAsync(_api.Ada, _api.ProjectX.Id);
        var pollId = CommunityApi.Id("Poll", poll.Id);

        var vote = await VoteAsync(_api.Bob, pollId, CommunityApi.Id("PollOption", poll.Options.First().Id));
        var node = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { id } }", new { id = pollId });
        var nodeForAda = await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Poll { question } } }", new { id = pollId });

        var error = CommunitySchemaTests.Data(vote).GetProperty("vote").GetProperty("errors")[0];
        Assert.Equal("POLL_NOT_FOUND", error.GetProperty("code").GetString());
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await _api.CountAsync(db => db.PollVotes));
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(node).GetProperty("node").ValueKind);
        Assert.Equal("Shall we?", CommunitySchemaTests.Data(nodeForAda).GetProperty("node").GetProperty("question").GetString());
    }

    [Fact]
    public async Task A_page_of_polls_costs_the_statements_of_a_single_poll()
    {
        const string Page = "{ posts(where: { kind: { eq: POLL } }) { nodes { poll { question totalVotes viewerVote { id } options { text voteCount } } } } }";
        var first = await PollAsync(_api.Bob, _api.Engineering.Id);
        await _api.Service<PollService, PollVote>(s => s.VoteAsync(_api.Cleo.Id, first.Id, first.Options.First().Id));
        _api.Statements.Reset();
        var single = await _api.RunAsync(_api.Bob, Page);
        var singleCount = _api.Statements.Count;
        for (var i = 0; i < 4; i++)
        {
            var poll = await PollAsync(_api.Bob, _api.Engineering.Id);
            await _api.Service<PollService, PollVote>(s => s.VoteAsync(_api.Bob.Id, poll.Id, poll.Options.Last().Id));
        }

        _api.Statements.Reset();
        var page = await _api.RunAsync(_api.Bob, Page);

        Assert.Single(CommunitySchemaTests.Data(single).GetProperty("posts").GetProperty("nodes").EnumerateArray());
        Assert.Equal(5, CommunitySchemaTests.Data(page).GetProperty("posts").GetProperty("nodes").GetArrayLength());
        Assert.Equal(singleCount, _api.Statements.Count);
    }

    private Task<JsonElement> VoteAsync(Member member, string pollId, string optionId) =>
        _api.RunAsync(member, Vote, new { input = new { pollId, optionId } });

    private async Task<Poll> PollAsync(Member author, long groupId)
    {
        var post = await _api.Service<PostService, Post>(s => s.CreateAsync(author.Id,
            new NewPost(groupId, PostKind.Poll, "Vote please", Poll: new NewPoll("Shall we?", ["Yes", "No"]))));
        await using var db = _api.Database.CreateContext();
        return await db.Polls.Include(p => p.Options).FirstAsync(p => p.PostId == post.Id);
    }
}
