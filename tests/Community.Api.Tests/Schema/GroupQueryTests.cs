using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Groups and members as each kind of member reads them: my groups, a group's members and posts, a member's posts and followers.</summary>
public sealed class GroupQueryTests : IAsyncLifetime
{
    private const string GroupContent = """
        query($id: ID!) {
          node(id: $id) {
            ... on Group {
              name
              members { totalCount nodes { handle } }
              posts { totalCount nodes { id } }
            }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Me_groups_lists_the_viewers_own_groups_by_name()
    {
        const string MyGroups = "{ me { groups { totalCount nodes { name viewerRole } } } }";

        var ada = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, MyGroups)).GetProperty("me").GetProperty("groups");
        var bob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MyGroups)).GetProperty("me").GetProperty("groups");
        var cleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, MyGroups)).GetProperty("me").GetProperty("groups");
        var gus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, MyGroups)).GetProperty("me").GetProperty("groups");

        Assert.Equal(["Engineering", "Leadership", "Project X"], Names(ada));
        Assert.All(ada.GetProperty("nodes").EnumerateArray(), g => Assert.Equal("OWNER", g.GetProperty("viewerRole").GetString()));
        Assert.Equal(["Engineering"], Names(bob));
        Assert.Equal(["Engineering"], Names(gus));
        Assert.Empty(Names(cleo));
        Assert.Equal(0, cleo.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_secret_group_never_shows_in_the_groups_of_a_member_seen_by_a_non_member()
    {
        const string Groups = "query($id: ID!) { node(id: $id) { ... on Member { groups { totalCount nodes { name } } } } }";
        const string Filtered = "query($id: ID!) { node(id: $id) { ... on Member { groups(where: { visibility: { eq: SECRET } }) { totalCount nodes { name } } } } }";
        var ada = CommunityApi.Id("Member", _api.Ada.Id);

        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Groups, new { id = ada })).GetProperty("node").GetProperty("groups");
        var filtered = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Filtered, new { id = ada })).GetProperty("node").GetProperty("groups");

        Assert.Equal(["Engineering", "Leadership"], Names(asCleo));
        Assert.Equal(2, asCleo.GetProperty("totalCount").GetInt32());
        Assert.Empty(Names(filtered));
        Assert.Equal(0, filtered.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_guest_sees_only_their_own_groups_in_anyones_groups()
    {
        var response = await _api.RunAsync(_api.Gus, "query($id: ID!) { node(id: $id) { ... on Member { groups { totalCount nodes { name } } } } }",
            new { id = CommunityApi.Id("Member", _api.Ada.Id) });

        var groups = CommunitySchemaTests.Data(response).GetProperty("node").GetProperty("groups");
        Assert.Equal(["Engineering"], Names(groups));
        Assert.Equal(1, groups.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Members_and_posts_of_a_public_group_are_read_by_employees_and_its_guests()
    {
        var id = CommunityApi.Id("Group", _api.Engineering.Id);

        foreach (var viewer in new[] { _api.Cleo, _api.Gus })
        {
            var group = CommunitySchemaTests.Data(await _api.RunAsync(viewer, GroupContent, new { id })).GetProperty("node");

            Assert.Equal(["ada", "bob", "gus"], group.GetProperty("members").GetProperty("nodes").EnumerateArray().Select(m => m.GetProperty("handle").GetString()).Order());
            Assert.Equal(3, group.GetProperty("members").GetProperty("totalCount").GetInt32());
            Assert.Equal([CommunityApi.Id("Post", _api.EngineeringPost.Id)], CommunitySchemaTests.Ids(group.GetProperty("posts")));
        }
    }

    [Fact]
    public async Task A_non_member_cannot_list_a_private_groups_members_or_posts_through_node()
    {
        var response = await _api.RunAsync(_api.Cleo, GroupContent, new { id = CommunityApi.Id("Group", _api.Leadership.Id) });

        var group = response.GetProperty("data").GetProperty("node");
        Assert.Equal("Leadership", group.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, group.GetProperty("members").ValueKind);
        Assert.Equal(JsonValueKind.Null, group.GetProperty("posts").ValueKind);
        var errors = response.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(SchemaErrorCodes.NotAuthorized, e.GetProperty("extensions").GetProperty("code").GetString()));
        Assert.DoesNotContain("Budget", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_member_cannot_read_a_private_groups_posts_from_the_group_list_either()
    {
        var response = await _api.RunAsync(_api.Cleo, "{ groups { nodes { name posts { totalCount nodes { body } } } } }");

        var groups = response.GetProperty("data").GetProperty("groups").GetProperty("nodes").EnumerateArray().ToDictionary(g => g.GetProperty("name").GetString()!);
        Assert.Equal(["Engineering", "Leadership"], groups.Keys.Order());
        Assert.Equal(1, groups["Engineering"].GetProperty("posts").GetProperty("totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, groups["Leadership"].GetProperty("posts").ValueKind);
        Assert.Equal(SchemaErrorCodes.NotAuthorized, CommunitySchemaTests.Code(response));
        Assert.DoesNotContain("Budget", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_of_a_group_read_its_posts_with_the_list_conventions()
    {
        await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Ada.Id, new NewPost(_api.Leadership.Id, PostKind.Question, "Who leads the offsite?")));

        var response = await _api.RunAsync(_api.Ada, """
            query($id: ID!) {
              node(id: $id) {
                ... on Group {
                  all: posts { totalCount }
                  questions: posts(where: { kind: { eq: QUESTION } }) { totalCount nodes { body } }
                }
              }
            }
            """, new { id = CommunityApi.Id("Group", _api.Leadership.Id) });

        var group = CommunitySchemaTests.Data(response).GetProperty("node");
        Assert.Equal(2, group.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, group.GetProperty("questions").GetProperty("totalCount").GetInt32());
        Assert.Equal("Who leads the offsite?", group.GetProperty("questions").GetProperty("nodes")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_members_posts_leave_out_what_the_viewer_may_not_read()
    {
        const string Posts = "query($id: ID!) { node(id: $id) { ... on Member { posts { totalCount nodes { id } } } } }";
        var ada = CommunityApi.Id("Member", _api.Ada.Id);

        var asAda = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Posts, new { id = ada })).GetProperty("node").GetProperty("posts");
        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Posts, new { id = ada })).GetProperty("node").GetProperty("posts");
        var asGus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Posts, new { id = ada })).GetProperty("node").GetProperty("posts");

        Assert.Equal(3, asAda.GetProperty("totalCount").GetInt32());
        Assert.Equal([CommunityApi.Id("Post", _api.CompanyPost.Id)], CommunitySchemaTests.Ids(asCleo));
        Assert.Equal(1, asCleo.GetProperty("totalCount").GetInt32());
        Assert.Empty(CommunitySchemaTests.Ids(asGus));
        Assert.Equal(0, asGus.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_visible_members_posts_in_a_secret_group_do_not_leak_through_filters()
    {
        // Bob is in Engineering, which Cleo reads; his post in Project X must stay hidden from her.
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.ProjectX.Id, _api.Bob.Id));
        await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Bob.Id, new NewPost(_api.ProjectX.Id, PostKind.Update, "Secret launch date")));

        var response = await _api.RunAsync(_api.Cleo, """
            query($id: ID!, $secret: ID!) {
              node(id: $id) {
                ... on Member {
                  posts { totalCount nodes { body } }
                  inSecret: posts(where: { groupId: { eq: $secret } }) { totalCount }
                }
              }
            }
            """, new { id = CommunityApi.Id("Member", _api.Bob.Id), secret = CommunityApi.Id("Group", _api.ProjectX.Id) });

        var bob = CommunitySchemaTests.Data(response).GetProperty("node");
        Assert.Equal(1, bob.GetProperty("posts").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, bob.GetProperty("inSecret").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("Secret launch", response.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follower_figures_count_followers_and_say_whether_the_viewer_follows()
    {
        await _api.Service<FollowService, Follow>(s => s.FollowAsync(_api.Bob.Id, _api.Ada.Id));
        await _api.Service<FollowService, Follow>(s => s.FollowAsync(_api.Cleo.Id, _api.Ada.Id));
        const string Figures = "query($id: ID!) { node(id: $id) { ... on Member { followerCount viewerFollows } } }";

        var asBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Figures, new { id = CommunityApi.Id("Member", _api.Ada.Id) })).GetProperty("node");
        var asGus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Figures, new { id = CommunityApi.Id("Member", _api.Ada.Id) })).GetProperty("node");
        var bob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Figures, new { id = CommunityApi.Id("Member", _api.Bob.Id) })).GetProperty("node");

        Assert.Equal(2, asBob.GetProperty("followerCount").GetInt32());
        Assert.True(asBob.GetProperty("viewerFollows").GetBoolean());
        Assert.False(asGus.GetProperty("viewerFollows").GetBoolean());
        Assert.Equal(0, bob.GetProperty("followerCount").GetInt32());
        Assert.False(bob.GetProperty("viewerFollows").GetBoolean());
    }

    [Fact]
    public async Task A_directory_page_with_follower_figures_and_groups_costs_the_same_statements_for_more_members()
    {
        for (var i = 0; i < 20; i++)
        {
            var member = await _api.Service<MemberService, Member>(s => s.RegisterAsync($"sub-m{i}", $"m{i}", $"m{i}@example.com", $"M {i}", MemberKind.Employee));
            await _api.Service<GroupService, GroupMembership>(s => s.JoinAsync(member.Id, _api.Engineering.Id));
        }

        const string Page = "query($n: Int!) { members(first: $n) { nodes { id followerCount viewerFollows } } }";
        _api.Statements.Reset();
        await _api.RunAsync(_api.Cleo, Page, new { n = 3 });
        var small = _api.Statements.Count;
        _api.Statements.Reset();
        var large = await _api.RunAsync(_api.Cleo, Page, new { n = 24 });

        Assert.Equal(24, CommunitySchemaTests.Ids(CommunitySchemaTests.Data(large).GetProperty("members")).Count);
        Assert.Equal(small, _api.Statements.Count);
    }

    private static List<string> Names(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToList();
}
