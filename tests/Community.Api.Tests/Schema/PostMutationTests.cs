using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>The mutations on posts through the API: what they change, and what a refusal leaves unchanged.</summary>
public sealed class PostMutationTests : IAsyncLifetime
{
    private const string CreatePost = """
        mutation($input: CreatePostInput!) {
          createPost(input: $input) {
            post { id kind title body author { handle } group { name } }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_posts_in_their_group_and_the_post_is_readable_at_once()
    {
        var response = await _api.RunAsync(_api.Bob, CreatePost, new
        {
            input = new { groupId = CommunityApi.Id("Group", _api.Engineering.Id), title = "Release", body = "Version 2 is out" },
        });

        var payload = CommunitySchemaTests.Data(response).GetProperty("createPost");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var post = payload.GetProperty("post");
        Assert.Equal("UPDATE", post.GetProperty("kind").GetString());
        Assert.Equal("bob", post.GetProperty("author").GetProperty("handle").GetString());
        Assert.Equal("Engineering", post.GetProperty("group").GetProperty("name").GetString());
        var read = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Post { title } } }", new { id = post.GetProperty("id").GetString() });
        Assert.Equal("Release", CommunitySchemaTests.Data(read).GetProperty("node").GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("leadership", "Budget", "NotAMemberError", "NOT_A_MEMBER")]
    [InlineData("secret", "Plan", "GroupNotFoundError", "GROUP_NOT_FOUND")]
    [InlineData("engineering", "   ", "BodyEmptyError", "BODY_EMPTY")]
    [InlineData("company-announcement", "Hello all", "NotAuthorizedError", "NOT_AUTHORIZED")]
    public async Task A_refused_post_comes_back_as_a_typed_error_and_writes_nothing(string where, string body, string errorType, string code)
    {
        object input = where switch
        {
            "leadership" => new { groupId = CommunityApi.Id("Group", _api.Leadership.Id), body },
            "secret" => new { groupId = CommunityApi.Id("Group", _api.ProjectX.Id), body },
            "engineering" => new { groupId = CommunityApi.Id("Group", _api.Engineering.Id), body },
            _ => new { kind = "ANNOUNCEMENT", body },
        };
        var posts = await _api.CountAsync(db => db.Posts);
        var activity = await _api.CountAsync(db => db.ActivityEntries);

        var response = await _api.RunAsync(_api.Bob, CreatePost, new { input });

        var payload = CommunitySchemaTests.Data(response).GetProperty("createPost");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("post").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(posts, await _api.CountAsync(db => db.Posts));
        Assert.Equal(activity, await _api.CountAsync(db => db.ActivityEntries));
    }

    [Fact]
    public async Task A_group_id_of_another_type_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Bob, CreatePost, new { input = new { groupId = CommunityApi.Id("Member", _api.Bob.Id), body = "x" } });

        Assert.Equal("ID_INVALID", CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task Reactions_and_views_show_in_the_posts_figures()
    {
        var postId = CommunityApi.Id("Post", _api.EngineeringPost.Id);
        const string Figures = "query($id: ID!) { node(id: $id) { ... on Post { reactionCounts { kind count } viewerReaction viewerHasSeen viewCount } } }";

        var react = await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { reactToPost(input: { postId: $id, kind: CELEBRATE }) { post { viewerReaction } errors { __typename } } }", new { id = postId });
        await _api.RunAsync(_api.Gus, "mutation($id: ID!) { reactToPost(input: { postId: $id, kind: LIKE }) { errors { __typename } } }", new { id = postId });
        var seen = await _api.RunAsync(_api.Cleo, "mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) { posts { viewerHasSeen } errors { __typename } } }",
            new { ids = new[] { postId, CommunityApi.Id("Post", _api.CompanyPost.Id) } });
        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Figures, new { id = postId })).GetProperty("node");
        var asBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Figures, new { id = postId })).GetProperty("node");

        Assert.Equal("CELEBRATE", CommunitySchemaTests.Data(react).GetProperty("reactToPost").GetProperty("post").GetProperty("viewerReaction").GetString());
        Assert.All(CommunitySchemaTests.Data(seen).GetProperty("markPostsSeen").GetProperty("posts").EnumerateArray(), p => Assert.True(p.GetProperty("viewerHasSeen").GetBoolean()));
        Assert.Equal("""[{"kind":"LIKE","count":1},{"kind":"CELEBRATE","count":1}]""", asCleo.GetProperty("reactionCounts").GetRawText());
        Assert.Equal("CELEBRATE", asCleo.GetProperty("viewerReaction").GetString());
        Assert.True(asCleo.GetProperty("viewerHasSeen").GetBoolean());
        Assert.Equal(1, asCleo.GetProperty("viewCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, asBob.GetProperty("viewerReaction").ValueKind);
        Assert.False(asBob.GetProperty("viewerHasSeen").GetBoolean());

        var removed = await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { removeReaction(input: { postId: $id }) { post { viewerReaction reactionCounts { kind count } } } }", new { id = postId });
        var after = CommunitySchemaTests.Data(removed).GetProperty("removeReaction").GetProperty("post");
        Assert.Equal(JsonValueKind.Null, after.GetProperty("viewerReaction").ValueKind);
        Assert.Equal("""[{"kind":"LIKE","count":1}]""", after.GetProperty("reactionCounts").GetRawText());
    }

    [Fact]
    public async Task Marking_an_unreadable_post_seen_records_none_of_the_batch()
    {
        var views = await _api.CountAsync(db => db.PostViews);

        var response = await _api.RunAsync(_api.Cleo, "mutation($ids: [ID!]!) { markPostsSeen(input: { postIds: $ids }) { posts { id } errors { __typename } } }",
            new { ids = new[] { CommunityApi.Id("Post", _api.EngineeringPost.Id), CommunityApi.Id("Post", _api.SecretPost.Id) } });

        var payload = CommunitySchemaTests.Data(response).GetProperty("markPostsSeen");
        Assert.Equal("PostNotFoundError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(views, await _api.CountAsync(db => db.PostViews));
    }

    [Fact]
    public async Task Comments_are_added_and_listed_oldest_first()
    {
        var postId = CommunityApi.Id("Post", _api.EngineeringPost.Id);
        var first = await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { addComment(input: { postId: $id, body: \"First!\" }) { comment { id } errors { __typename } } }", new { id = postId });
        var commentId = CommunitySchemaTests.Data(first).GetProperty("addComment").GetProperty("comment").GetProperty("id").GetString();
        await _api.RunAsync(_api.Bob, "mutation($id: ID!, $parent: ID!) { addComment(input: { postId: $id, parentId: $parent, body: \"Thanks\" }) { errors { __typename } } }", new { id = postId, parent = commentId });

        var response = await _api.RunAsync(_api.Gus, "query($id: ID!) { node(id: $id) { ... on Post { commentCount comments { totalCount nodes { body parentId author { handle } } } } } }", new { id = postId });

        var post = CommunitySchemaTests.Data(response).GetProperty("node");
        Assert.Equal(2, post.GetProperty("commentCount").GetInt32());
        var comments = post.GetProperty("comments").GetProperty("nodes");
        Assert.Equal("First!", comments[0].GetProperty("body").GetString());
        Assert.Equal("cleo", comments[0].GetProperty("author").GetProperty("handle").GetString());
        Assert.Equal(commentId, comments[1].GetProperty("parentId").GetString());
    }

    [Fact]
    public async Task A_page_of_forty_posts_with_their_figures_costs_the_statements_a_page_of_ten_costs()
    {
        for (var i = 0; i < 40; i++)
        {
            await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Bob.Id, new NewPost(_api.Engineering.Id, PostKind.Update, $"Note {i}")));
        }

        const string Page = "query($n: Int!) { posts(first: $n) { nodes { id title author { displayName } group { name } reactionCounts { kind count } commentCount viewerReaction viewerHasSeen viewCount } } }";
        _api.Statements.Reset();
        var small = await _api.RunAsync(_api.Cleo, Page, new { n = 10 });
        var smallCount = _api.Statements.Count;
        _api.Statements.Reset();
        var large = await _api.RunAsync(_api.Cleo, Page, new { n = 40 });
        var largeCount = _api.Statements.Count;

        Assert.Equal(10, CommunitySchemaTests.Ids(CommunitySchemaTests.Data(small).GetProperty("posts")).Count);
        Assert.Equal(40, CommunitySchemaTests.Ids(CommunitySchemaTests.Data(large).GetProperty("posts")).Count);
        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 2, 8);
    }

    [Fact]
    public async Task Post_created_reaches_the_subscribers_who_may_read_the_post()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var cleo = await _api.SubscribeAsync(_api.Cleo, "subscription { postCreated(where: {}) { title group { name } } }", timeout.Token);
        var next = cleo.MoveNextAsync().AsTask();
        await Task.Delay(200, timeout.Token);

        // Leadership is private: Cleo is not a member, so only the second post reaches her.
        await _api.RunAsync(_api.Ada, CreatePost, new { input = new { groupId = CommunityApi.Id("Group", _api.Leadership.Id), title = "Private", body = "For leads" } });
        await _api.RunAsync(_api.Bob, CreatePost, new { input = new { groupId = CommunityApi.Id("Group", _api.Engineering.Id), title = "Public", body = "For all" } });

        Assert.True(await next);
        Assert.Equal("Public", cleo.Current.GetProperty("data").GetProperty("postCreated").GetProperty("title").GetString());
    }
}
