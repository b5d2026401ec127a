using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>
/// experts: a hand-built community whose ranking on "kubernetes" is known (score = 3 × posts + 2 × answers
/// + 5 × praise), seen by viewers who may read different parts of it.
/// </summary>
public sealed class ExpertSchemaTests : IAsyncLifetime
{
    private const string Experts = """
        query($skill: String!, $first: Int) {
          experts(skill: $skill, first: $first) { member { handle } score posts answers praise }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();

        // Bob: two posts in Engineering (topic spelled two ways), one reacted to by Ada.
        var bobFirst = await Publish(_api.Bob, _api.Engineering.Id, "Kubernetes");
        await Publish(_api.Bob, _api.Engineering.Id, "#kubernetes");
        await React(_api.Ada, bobFirst.Id);

        // Cleo: one company-wide post (her own reaction to it does not count), two answers on Bob's post,
        // one of them reacted to by Bob.
        var cleoPost = await Publish(_api.Cleo, null, "kubernetes");
        await React(_api.Cleo, cleoPost.Id);
        var answer = await Comment(_api.Cleo, bobFirst.Id);
        await Comment(_api.Cleo, bobFirst.Id);
        await React(_api.Bob, bobFirst.Id, answer.Id);

        // Ada: one answer on Cleo's post; three posts and an answer in the secret Project X.
        await Comment(_api.Ada, cleoPost.Id);
        Post secret = null!;
        for (var i = 0; i < 3; i++)
        {
            secret = await Publish(_api.Ada, _api.ProjectX.Id, "kubernetes");
        }

        await Comment(_api.Ada, secret.Id);

        // Noise that must not count: another topic, a deleted post.
        await Publish(_api.Bob, _api.Engineering.Id, "design");
        var deleted = await Publish(_api.Cleo, null, "kubernetes");
        await _api.Service<PostService, bool>(async s => { await s.DeleteAsync(_api.Cleo.Id, deleted.Id); return true; });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_outsider_ranks_without_the_secret_groups_posts()
    {
        var experts = await Run(_api.Cleo, "kubernetes");

        Assert.Equal(["cleo", "bob", "ada"], Handles(experts));
        AssertExpert(experts[0], posts: 1, answers: 2, praise: 1);
        AssertExpert(experts[1], posts: 2, answers: 0, praise: 1);
        AssertExpert(experts[2], posts: 0, answers: 1, praise: 0);
    }

    [Fact]
    public async Task A_member_of_the_secret_group_counts_its_posts()
    {
        var experts = await Run(_api.Ada, "kubernetes");

        Assert.Equal(["ada", "cleo", "bob"], Handles(experts));
        AssertExpert(experts[0], posts: 3, answers: 2, praise: 0);
    }

    [Fact]
    public async Task A_guest_counts_only_their_groups_and_sees_only_members_they_may_see()
    {
        var experts = await Run(_api.Gus, "kubernetes");

        Assert.Equal(["bob"], Handles(experts));
        AssertExpert(experts[0], posts: 2, answers: 0, praise: 1);
    }

    [Fact]
    public async Task The_skill_matches_the_topic_case_insensitively()
    {
        Assert.Equal(["cleo", "bob", "ada"], Handles(await Run(_api.Cleo, "#KUBERNETES")));
    }

    [Fact]
    public async Task First_limits_the_list_to_the_top_experts()
    {
        Assert.Equal(["cleo"], Handles(await Run(_api.Cleo, "kubernetes", first: 1)));
    }

    [Fact]
    public async Task Equal_scores_are_ordered_by_member_id()
    {
        await Publish(_api.Cleo, null, "pottery");
        await Publish(_api.Bob, null, "pottery");

        var experts = await Run(_api.Ada, "pottery");

        Assert.Equal(["bob", "cleo"], Handles(experts));
        Assert.True(_api.Bob.Id < _api.Cleo.Id);
        Assert.All(experts, e => Assert.Equal(3, e.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task A_topic_nobody_used_has_no_experts()
    {
        Assert.Empty(await Run(_api.Ada, "knitting"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(51)]
    public async Task A_first_out_of_range_is_refused(int first)
    {
        var response = await _api.RunAsync(_api.Ada, Experts, new { skill = "kubernetes", first });

        Assert.Equal(SchemaErrorCodes.InvalidArgument, CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task An_empty_skill_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Ada, Experts, new { skill = " # " });

        Assert.Equal(DomainErrorCodes.InvalidInput, CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task The_ranking_is_one_statement_whatever_the_count_asked()
    {
        _api.Statements.Reset();
        await _api.RunAsync(_api.Cleo, "{ me { handle } }");
        var viewerOnly = _api.Statements.Count;
        _api.Statements.Reset();
        var experts = await Run(_api.Cleo, "kubernetes", first: 50);

        Assert.Equal(3, experts.Count);
        Assert.Equal(viewerOnly + 1, _api.Statements.Count);
    }

    private static void AssertExpert(JsonElement expert, int posts, int answers, int praise)
    {
        Assert.Equal(posts, expert.GetProperty("posts").GetInt32());
        Assert.Equal(answers, expert.GetProperty("answers").GetInt32());
        Assert.Equal(praise, expert.GetProperty("praise").GetInt32());
        Assert.Equal((3 * posts) + (2 * answers) + (5 * praise), expert.GetProperty("score").GetInt32());
    }

    private async Task<List<JsonElement>> Run(Member viewer, string skill, int? first = null) =>
        CommunitySchemaTests.Data(await _api.RunAsync(viewer, Experts, new { skill, first })).GetProperty("experts").EnumerateArray().ToList();

    private static List<string> Handles(List<JsonElement> experts) =>
        experts.Select(e => e.GetProperty("member").GetProperty("handle").GetString()!).ToList();

    private Task<Post> Publish(Member author, long? groupId, string topic) =>
        _api.Service<PostService, Post>(s => s.CreateAsync(author.Id, new NewPost(groupId, PostKind.Update, $"On {topic}", Topics: [topic])));

    private Task<Comment> Comment(Member author, long postId) =>
        _api.Service<CommentService, Comment>(s => s.AddAsync(author.Id, postId, "An answer"));

    private Task<Reaction> React(Member member, long postId, long? commentId = null) =>
        _api.Service<ReactionService, Reaction>(s => s.ReactAsync(member.Id, postId, ReactionKind.Insightful, commentId));
}
