using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Who reacted to a post, paged and filtered, with the directory's rule for guests; and a post's topics.</summary>
public sealed class PostReactionsTests : IAsyncLifetime
{
    private const string Reactions = """
        query($id: ID!, $n: Int!, $where: ReactionFilterInput) {
          node(id: $id) { ... on Post { reactionCounts { kind count } reactions(first: $n, where: $where) { totalCount nodes { kind member { handle } } } } }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string EngineeringPost => CommunityApi.Id("Post", _api.EngineeringPost.Id);

    private async Task ReactAsync(Member member, ReactionKind kind) =>
        await _api.Service<ReactionService, Reaction>(s => s.ReactAsync(member.Id, _api.EngineeringPost.Id, kind));

    [Fact]
    public async Task Reactions_list_who_reacted_newest_first_and_filter_by_kind()
    {
        await ReactAsync(_api.Ada, ReactionKind.Like);
        await ReactAsync(_api.Bob, ReactionKind.Celebrate);
        await ReactAsync(_api.Cleo, ReactionKind.Like);

        var all = Post(await _api.RunAsync(_api.Bob, Reactions, new { id = EngineeringPost, n = 10 })).GetProperty("reactions");
        var likes = Post(await _api.RunAsync(_api.Bob, Reactions, new { id = EngineeringPost, n = 10, where = new { kind = new { eq = "LIKE" } } })).GetProperty("reactions");

        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal(["cleo", "bob", "ada"], Handles(all));
        Assert.Equal(["cleo", "ada"], Handles(likes));
        Assert.Equal(2, likes.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_guest_sees_only_reactors_they_may_find_while_the_counts_count_everyone()
    {
        // Cleo shares no group with Gus (a guest in Engineering).
        await ReactAsync(_api.Bob, ReactionKind.Like);
        await ReactAsync(_api.Cleo, ReactionKind.Like);

        var post = Post(await _api.RunAsync(_api.Gus, Reactions, new { id = EngineeringPost, n = 10 }));

        Assert.Equal(["bob"], Handles(post.GetProperty("reactions")));
        Assert.Equal(1, post.GetProperty("reactions").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, post.GetProperty("reactionCounts")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_reactions_of_a_post_nobody_may_read_are_not_reachable()
    {
        await _api.Service<ReactionService, Reaction>(s => s.ReactAsync(_api.Ada.Id, _api.SecretPost.Id, ReactionKind.Like));

        var response = await _api.RunAsync(_api.Cleo, Reactions, new { id = CommunityApi.Id("Post", _api.SecretPost.Id), n = 10 });

        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(response).GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_page_of_reactors_costs_the_same_statements_for_10_and_40()
    {
        foreach (var member in new[] { _api.Ada, _api.Bob, _api.Cleo })
        {
            await ReactAsync(member, ReactionKind.Insightful);
        }

        _api.Statements.Reset();
        await _api.RunAsync(_api.Bob, Reactions, new { id = EngineeringPost, n = 10 });
        var small = _api.Statements.Count;
        _api.Statements.Reset();
        await _api.RunAsync(_api.Bob, Reactions, new { id = EngineeringPost, n = 40 });

        Assert.Equal(small, _api.Statements.Count);
    }

    [Fact]
    public async Task A_post_shows_its_topics_and_posts_filter_by_topic()
    {
        var tagged = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Bob.Id,
            new NewPost(_api.Engineering.Id, PostKind.Update, "Faster builds", Topics: ["#Builds", "ci"])));

        var node = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Post { topics } } }",
            new { id = CommunityApi.Id("Post", tagged.Id) })).GetProperty("node");
        var filtered = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, """{ posts(where: { topics: { some: { eq: "builds" } } }) { nodes { body } } }"""))
            .GetProperty("posts").GetProperty("nodes");

        Assert.Equal(["builds", "ci"], node.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["Faster builds"], filtered.EnumerateArray().Select(p => p.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task Members_react_to_a_comment_and_withdraw_and_a_hidden_comment_is_not_found()
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Nice build"));
        var secretComment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Ada.Id, _api.SecretPost.Id, "Hush"));
        const string React = "mutation($id: ID!) { reactToComment(input: { commentId: $id, kind: CELEBRATE }) { comment { reactionCounts { kind count } viewerReaction } errors { __typename ... on Error { message } } } }";
        const string Remove = "mutation($id: ID!) { removeCommentReaction(input: { commentId: $id }) { comment { reactionCounts { kind count } viewerReaction } errors { __typename } } }";

        var reacted = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, React, new { id = CommunityApi.Id("Comment", comment.Id) })).GetProperty("reactToComment");
        var listed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Post { comments { nodes { reactionCounts { kind count } viewerReaction } } } } }",
            new { id = EngineeringPost })).GetProperty("node").GetProperty("comments").GetProperty("nodes")[0];
        var removed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Remove, new { id = CommunityApi.Id("Comment", comment.Id) })).GetProperty("removeCommentReaction");
        var hidden = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, React, new { id = CommunityApi.Id("Comment", secretComment.Id) })).GetProperty("reactToComment");

        Assert.Equal(("CELEBRATE", 1), (reacted.GetProperty("comment").GetProperty("reactionCounts")[0].GetProperty("kind").GetString(), reacted.GetProperty("comment").GetProperty("reactionCounts")[0].GetProperty("count").GetInt32()));
        Assert.Equal("CELEBRATE", reacted.GetProperty("comment").GetProperty("viewerReaction").GetString());
        Assert.Equal(1, listed.GetProperty("reactionCounts")[0].GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("viewerReaction").ValueKind);
        Assert.Equal(0, removed.GetProperty("comment").GetProperty("reactionCounts").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("comment").ValueKind);
        Assert.Equal("PostNotFoundError", hidden.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.DoesNotContain("Hush", hidden.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await _api.CountAsync(db => db.Reactions.Where(r => r.CommentId == secretComment.Id)));
    }

    private static JsonElement Post(JsonElement response) => CommunitySchemaTests.Data(response).GetProperty("node");

    private static List<string?> Handles(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("member").GetProperty("handle").GetString()).ToList();
}
