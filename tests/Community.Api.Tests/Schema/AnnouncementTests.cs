using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;


namespace Community.Api.Tests.Schema;

/// <summary>
/// Must-read announcements through the API: audiences, acknowledgement, coverage, and who saw what (the
/// author, the owners of the post's group and admins only). In the harness Ada (admin) owns every group,
/// Bob and the guest Gus are in Engineering, Cleo is in no group.
/// </summary>
public sealed class AnnouncementTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private const string Create = """
        mutation($groupId: ID, $audience: AnnouncementAudienceInput, $ack: Boolean, $kind: PostKind!) {
          createPost(input: { groupId: $groupId, kind: $kind, body: "Please read", audience: $audience, requiresAcknowledgement: $ack }) {
            post { id requiresAcknowledgement audience { everyone departments groups { name } } }
        """ + Errors + " } }";

    private const string Acknowledge = "mutation($id: ID!) { acknowledgePost(input: { postId: $id }) { post { id viewerHasAcknowledged viewerHasSeen } " + Errors + " } }";

    private const string Coverage = "query($id: ID!) { node(id: $id) { ... on Post { coverage { targeted seen acknowledged seenRate acknowledgedRate } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Coverage_of_an_announcement_to_a_group_counts_its_enabled_employees_and_only_their_views()
    {
        var id = await AnnounceAsync(new { groupIds = new[] { CommunityApi.Id("Group", _api.Engineering.Id) } }, ack: true);
        await SeeAsync(_api.Bob, id);
        await SeeAsync(_api.Cleo, id); // reads the company space, but is outside the audience

        var coverage = CoverageOf(await _api.RunAsync(_api.Ada, Coverage, new { id }));

        // Ada (owner of Engineering), Bob, and the guest Gus, who reads this company-wide announcement as a member of Engineering.
        Assert.Equal((3, 1, 0), Figures(coverage));
        Assert.Equal((1d / 3, 0.0), (coverage.GetProperty("seenRate").GetDouble(), coverage.GetProperty("acknowledgedRate").GetDouble()));
    }

    [Fact]
    public async Task Coverage_by_department_and_to_everyone_and_a_disabled_member_is_not_counted()
    {
        await _api.Service<MemberService, Member>(s => s.UpdateProfileAsync(_api.Ada.Id, _api.Cleo.Id, new MemberProfile("Cleo", Department: "Sales")));
        var sales = await AnnounceAsync(new { departments = new[] { "Sales" } }, ack: true);
        var everyone = await AnnounceAsync(null, ack: true);
        await AcknowledgeAsync(_api.Cleo, sales);
        await SeeAsync(_api.Bob, everyone);
        await SeeAsync(_api.Cleo, everyone);

        var bySales = CoverageOf(await _api.RunAsync(_api.Ada, Coverage, new { id = sales }));
        var toEveryone = CoverageOf(await _api.RunAsync(_api.Ada, Coverage, new { id = everyone }));
        await _api.Service<MemberService, Member>(s => s.SetEnabledAsync(_api.Ada.Id, _api.Cleo.Id, enabled: false));
        var afterDisabling = CoverageOf(await _api.RunAsync(_api.Ada, Coverage, new { id = everyone }));

        Assert.Equal((1, 1, 1), Figures(bySales));
        Assert.Equal(1.0, bySales.GetProperty("acknowledgedRate").GetDouble());
        Assert.Equal((3, 2, 0), Figures(toEveryone));
        Assert.Equal((2, 1, 0), Figures(afterDisabling));
    }

    [Fact]
    public async Task A_member_of_the_audience_acknowledges_once_and_is_counted_as_having_seen_it()
    {
        var id = await AnnounceAsync(null, ack: true);

        var first = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Acknowledge, new { id })).GetProperty("acknowledgePost");
        var again = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Acknowledge, new { id })).GetProperty("acknowledgePost");
        var coverage = CoverageOf(await _api.RunAsync(_api.Ada, Coverage, new { id }));

        Assert.Equal(JsonValueKind.Null, first.GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.Null, again.GetProperty("errors").ValueKind);
        Assert.True(again.GetProperty("post").GetProperty("viewerHasAcknowledged").GetBoolean());
        Assert.True(again.GetProperty("post").GetProperty("viewerHasSeen").GetBoolean());
        Assert.Equal(1, await _api.CountAsync(db => db.PostAcknowledgements));
        Assert.Equal((3, 1, 1), Figures(coverage));
    }

    [Fact]
    public async Task Acknowledging_is_refused_when_not_asked_outside_the_audience_and_where_the_post_cannot_be_read()
    {
        var toEngineering = await AnnounceAsync(new { groupIds = new[] { CommunityApi.Id("Group", _api.Engineering.Id) } }, ack: true);
        var toEveryone = await AnnounceAsync(null, ack: true);
        var views = await _api.CountAsync(db => db.PostViews);

        var notAsked = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Acknowledge, new { id = CommunityApi.Id("Post", _api.CompanyPost.Id) })).GetProperty("acknowledgePost");
        var outside = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Acknowledge, new { id = toEngineering })).GetProperty("acknowledgePost");
        // A guest reads no company-wide post but those addressed to one of their groups.
        var guest = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Acknowledge, new { id = toEveryone })).GetProperty("acknowledgePost");

        Assert.Equal("AcknowledgementNotRequestedError", Refusal(notAsked).GetProperty("__typename").GetString());
        Assert.Equal("NOT_IN_AUDIENCE", Refusal(outside).GetProperty("code").GetString());
        Assert.Equal("PostNotFoundError", Refusal(guest).GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.PostAcknowledgements));
        Assert.Equal(views, await _api.CountAsync(db => db.PostViews));
    }

    [Fact]
    public async Task A_plain_member_gets_no_reach_of_someone_elses_post_whichever_way_they_ask()
    {
        var id = await AnnounceAsync(null, ack: true);
        await SeeAsync(_api.Bob, id);
        const string Reach = """
            ... on Post { id coverage { targeted seen } seenBy { nodes { member { handle } } }
              unseenBy { nodes { handle } } unacknowledgedBy { totalCount nodes { handle } } }
            """;

        foreach (var query in new[] { "query($id: ID!) { node(id: $id) { " + Reach + " } }", "query($id: ID!) { nodes(ids: [$id]) { " + Reach + " } }" })
        {
            var response = await _api.RunAsync(_api.Bob, query, new { id });
            var post = response.GetProperty("data").TryGetProperty("node", out var node) ? node : response.GetProperty("data").GetProperty("nodes")[0];

            Assert.Equal(id, post.GetProperty("id").GetString());
            foreach (var field in new[] { "coverage", "seenBy", "unseenBy", "unacknowledgedBy" })
            {
                Assert.Equal(JsonValueKind.Null, post.GetProperty(field).ValueKind);
            }

            var errors = response.GetProperty("errors").EnumerateArray().ToList();
            Assert.Equal(4, errors.Count);
            Assert.All(errors, e => Assert.Equal("AUTH_NOT_AUTHORIZED", e.GetProperty("extensions").GetProperty("code").GetString()));
            Assert.DoesNotContain("bob", response.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_author_group_owners_and_admins_see_who_saw_and_who_did_not()
    {
        // Bob owns a group of his own, in which Cleo and Gus are; he announces there, and Ada (admin) is not in it.
        var group = await _api.Service<GroupService, Group>(s => s.CreateAsync(_api.Bob.Id, "Bob's", "", GroupVisibility.Private));
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Bob.Id, group.Id, _api.Cleo.Id));
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Bob.Id, group.Id, _api.Gus.Id));
        var post = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Bob.Id,
            new NewPost(group.Id, PostKind.Announcement, "Read me", RequiresAcknowledgement: true)));
        var id = CommunityApi.Id("Post", post.Id);
        await SeeAsync(_api.Gus, id);
        await AcknowledgeAsync(_api.Cleo, id);
        const string Reach = """
            query($id: ID!) { node(id: $id) { ... on Post { coverage { targeted seen acknowledged }
              seenBy { totalCount nodes { member { handle } } } unseenBy { nodes { handle } } unacknowledgedBy { nodes { handle } } } } }
            """;

        foreach (var allowed in new[] { _api.Bob, _api.Ada })
        {
            var node = CommunitySchemaTests.Data(await _api.RunAsync(allowed, Reach, new { id })).GetProperty("node");
            Assert.Equal((3, 2, 1), Figures(node.GetProperty("coverage")));
            Assert.Equal(["cleo", "gus"], Handles(node.GetProperty("seenBy"), "member"));
            Assert.Equal(["bob"], Handles(node.GetProperty("unseenBy")));
            Assert.Equal(["bob", "gus"], Handles(node.GetProperty("unacknowledgedBy")));
        }

        var asCleo = await _api.RunAsync(_api.Cleo, Reach, new { id });
        Assert.Equal("AUTH_NOT_AUTHORIZED", CommunitySchemaTests.Code(asCleo));
    }

    [Fact]
    public async Task A_secret_group_is_refused_as_an_audience_without_being_named_and_never_shown_to_outsiders()
    {
        var cleos = await _api.Service<GroupService, Group>(s => s.CreateAsync(_api.Cleo.Id, "Cleo's", "", GroupVisibility.Public));
        var secret = CommunityApi.Id("Group", _api.ProjectX.Id);

        var refused = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Create, new
        {
            groupId = CommunityApi.Id("Group", cleos.Id), kind = "ANNOUNCEMENT", ack = false, audience = new { groupIds = new[] { secret } },
        })).GetProperty("createPost");
        var asAda = await AnnounceAsync(new { groupIds = new[] { secret, CommunityApi.Id("Group", _api.Engineering.Id) } }, ack: false);
        const string Audience = "query($id: ID!) { node(id: $id) { ... on Post { audience { everyone groups { name } } } } }";
        var seenByBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Audience, new { id = asAda })).GetProperty("node").GetProperty("audience");
        var seenByAda = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Audience, new { id = asAda })).GetProperty("node").GetProperty("audience");

        var error = Refusal(refused);
        Assert.Equal("GroupNotFoundError", error.GetProperty("__typename").GetString());
        Assert.DoesNotContain("Project X", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, await _api.CountAsync(db => db.Posts.Where(p => p.GroupId == cleos.Id)));
        Assert.False(seenByBob.GetProperty("everyone").GetBoolean());
        Assert.Equal(["Engineering"], seenByBob.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).ToList());
        Assert.Equal(["Engineering", "Project X"], seenByAda.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("name").GetString()!).ToList());
    }

    [Fact]
    public async Task An_audience_or_acknowledgement_on_a_post_that_is_not_an_announcement_is_refused()
    {
        var response = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Create, new { kind = "UPDATE", ack = true, audience = (object?)null })).GetProperty("createPost");

        Assert.Equal("InvalidInputError", Refusal(response).GetProperty("__typename").GetString());
        Assert.Equal(4, await _api.CountAsync(db => db.Posts));
    }

    [Fact]
    public async Task The_feed_shows_a_targeted_announcement_to_its_audience_only_guests_of_its_groups_included()
    {
        var toEngineering = await AnnounceAsync(new { groupIds = new[] { CommunityApi.Id("Group", _api.Engineering.Id) } }, ack: true);
        const string Feed = "{ feed(first: 50) { nodes { id requiresAcknowledgement audience { everyone } } } }";

        var bobs = CommunitySchemaTests.Ids(CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Feed)).GetProperty("feed"));
        var cleos = CommunitySchemaTests.Ids(CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Feed)).GetProperty("feed"));
        var guss = CommunitySchemaTests.Ids(CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Feed)).GetProperty("feed"));
        var gusReads = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, "query($id: ID!) { node(id: $id) { id } }", new { id = toEngineering }));

        Assert.Contains(toEngineering, bobs);
        Assert.Contains(toEngineering, guss);
        var listed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Feed)).GetProperty("feed").GetProperty("nodes").EnumerateArray()
            .Single(n => n.GetProperty("id").GetString() == toEngineering);
        Assert.False(listed.GetProperty("audience").GetProperty("everyone").GetBoolean());
        Assert.True(listed.GetProperty("requiresAcknowledgement").GetBoolean()); // read from the projected column
        Assert.DoesNotContain(CommunityApi.Id("Post", _api.CompanyPost.Id), guss);
        Assert.Equal(toEngineering, gusReads.GetProperty("node").GetProperty("id").GetString());
        Assert.DoesNotContain(toEngineering, cleos);
        Assert.Contains(CommunityApi.Id("Post", _api.CompanyPost.Id), cleos);
    }

    [Fact]
    public async Task The_author_readdresses_an_announcement_and_others_are_refused()
    {
        var id = await AnnounceAsync(null, ack: false);
        const string Set = """
            mutation($id: ID!, $ack: Boolean!) { setAnnouncementAudience(input: { postId: $id, audience: { departments: ["Sales"] }, requiresAcknowledgement: $ack }) {
              post { requiresAcknowledgement audience { everyone departments } }
            """ + Errors + " } }";

        var byBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Set, new { id, ack = true })).GetProperty("setAnnouncementAudience");
        var byAda = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Set, new { id, ack = true })).GetProperty("setAnnouncementAudience");

        Assert.Equal("NotAuthorizedError", Refusal(byBob).GetProperty("__typename").GetString());
        var post = byAda.GetProperty("post");
        Assert.True(post.GetProperty("requiresAcknowledgement").GetBoolean());
        Assert.False(post.GetProperty("audience").GetProperty("everyone").GetBoolean());
        Assert.Equal("Sales", post.GetProperty("audience").GetProperty("departments")[0].GetString());

        // A scheduled announcement is not visible yet, but its author re-addresses it and gets it back.
        var scheduled = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Ada.Id,
            new NewPost(null, PostKind.Announcement, "Next week", PublishAt: DateTime.UtcNow.AddDays(7))));
        var later = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Set, new { id = CommunityApi.Id("Post", scheduled.Id), ack = false }))
            .GetProperty("setAnnouncementAudience");
        Assert.Equal(JsonValueKind.Null, later.GetProperty("errors").ValueKind);
        Assert.Equal("Sales", later.GetProperty("post").GetProperty("audience").GetProperty("departments")[0].GetString());
    }

    [Fact]
    public async Task Pages_of_seenBy_are_most_recent_first_and_cost_the_same_statements_for_10_and_40()
    {
        var id = await AnnounceAsync(null, ack: false);
        var handles = new List<string>();
        for (var i = 0; i < 45; i++)
        {
            var member = await _api.Service<MemberService, Member>(s => s.RegisterAsync($"sub-reader{i}", $"reader{i}", $"reader{i}@example.com", $"Reader {i}", MemberKind.Employee));
            await SeeAsync(member, id);
            handles.Add(member.Handle);
        }

        await SeeAsync(_api.Cleo, id); // seen again later: listed once, at the first view
        await SeeAsync(_api.Cleo, id);
        handles.Add("cleo");
        handles.Reverse();
        const string Page = "query($id: ID!, $n: Int!, $after: String) { node(id: $id) { ... on Post { seenBy(first: $n, after: $after) { pageInfo { endCursor } nodes { seenAt member { handle title } } } } } }";

        _api.Statements.Reset();
        var small = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Page, new { id, n = 10 })).GetProperty("node").GetProperty("seenBy");
        var smallCount = _api.Statements.Count;
        _api.Statements.Reset();
        var large = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Page, new { id, n = 40 })).GetProperty("node").GetProperty("seenBy");
        var largeCount = _api.Statements.Count;
        var next = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Page, new { id, n = 10, after = small.GetProperty("pageInfo").GetProperty("endCursor").GetString() }))
            .GetProperty("node").GetProperty("seenBy");

        Assert.Equal(handles.Take(10), Handles(small, "member"));
        Assert.Equal(handles.Take(40), Handles(large, "member"));
        Assert.Equal(handles.Skip(10).Take(10), Handles(next, "member"));
        Assert.Equal(smallCount, largeCount);
    }

    [Fact]
    public async Task Pages_of_unseenBy_cost_the_same_statements_for_10_and_40_and_filter_by_department()
    {
        var id = await AnnounceAsync(null, ack: true);
        for (var i = 0; i < 45; i++)
        {
            var member = await _api.Service<MemberService, Member>(s => s.RegisterAsync($"sub-reader{i}", $"reader{i:00}", $"reader{i}@example.com", $"Reader {i:00}", MemberKind.Employee));
            if (i % 3 == 0)
            {
                await _api.Service<MemberService, Member>(s => s.UpdateProfileAsync(_api.Ada.Id, member.Id, new MemberProfile(member.DisplayName, Department: "Sales")));
            }
        }

        const string Page = "query($id: ID!, $n: Int!) { node(id: $id) { ... on Post { unseenBy(first: $n) { totalCount nodes { handle department } } } } }";
        _api.Statements.Reset();
        var small = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Page, new { id, n = 10 })).GetProperty("node").GetProperty("unseenBy");
        var smallCount = _api.Statements.Count;
        _api.Statements.Reset();
        var large = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Page, new { id, n = 40 })).GetProperty("node").GetProperty("unseenBy");
        var largeCount = _api.Statements.Count;
        var sales = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada,
            "query($id: ID!) { node(id: $id) { ... on Post { unacknowledgedBy(first: 50, where: { department: { eq: \"Sales\" } }) { totalCount nodes { department } } } } }",
            new { id })).GetProperty("node").GetProperty("unacknowledgedBy");

        // Ada, Bob, Cleo and the 45 readers: every enabled employee, by name.
        Assert.Equal(48, small.GetProperty("totalCount").GetInt32());
        Assert.Equal(["ada", "bob", "cleo", "reader00", "reader01"], Handles(small).Take(5));
        Assert.Equal(40, large.GetProperty("nodes").GetArrayLength());
        Assert.Equal(smallCount, largeCount);
        Assert.Equal(15, sales.GetProperty("totalCount").GetInt32());
        Assert.All(sales.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("Sales", n.GetProperty("department").GetString()));
    }

    [Fact]
    public async Task A_plain_member_gets_no_reach_of_a_post_that_is_not_an_announcement_either()
    {
        var response = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Post { coverage { targeted } unseenBy { totalCount } } } }",
            new { id = CommunityApi.Id("Post", _api.EngineeringPost.Id) });
        var asAuthor = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Post { coverage { targeted } unseenBy { totalCount } } } }",
            new { id = CommunityApi.Id("Post", _api.EngineeringPost.Id) })).GetProperty("node");

        Assert.Equal(2, response.GetProperty("errors").GetArrayLength());
        Assert.Equal("AUTH_NOT_AUTHORIZED", CommunitySchemaTests.Code(response));
        Assert.Equal(JsonValueKind.Null, asAuthor.GetProperty("coverage").ValueKind);
        Assert.Equal(0, asAuthor.GetProperty("unseenBy").GetProperty("totalCount").GetInt32());
    }

    private async Task<string> AnnounceAsync(object? audience, bool ack)
    {
        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Create, new { kind = "ANNOUNCEMENT", audience, ack })).GetProperty("createPost");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(ack, payload.GetProperty("post").GetProperty("requiresAcknowledgement").GetBoolean());
        return payload.GetProperty("post").GetProperty("id").GetString()!;
    }

    private async Task SeeAsync(Member member, string postId) =>
        CommunitySchemaTests.NoErrors(await _api.RunAsync(member, "mutation($id: ID!) { markPostsSeen(input: { postIds: [$id] }) { errors { __typename } } }", new { id = postId }));

    private async Task AcknowledgeAsync(Member member, string postId) =>
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(await _api.RunAsync(member, Acknowledge, new { id = postId })).GetProperty("acknowledgePost").GetProperty("errors").ValueKind);

    private static JsonElement CoverageOf(JsonElement response) => CommunitySchemaTests.Data(response).GetProperty("node").GetProperty("coverage");

    private static (int, int, int) Figures(JsonElement coverage) =>
        (coverage.GetProperty("targeted").GetInt32(), coverage.GetProperty("seen").GetInt32(), coverage.GetProperty("acknowledged").GetInt32());

    private static List<string> Handles(JsonElement connection, string? member = null) =>
        connection.GetProperty("nodes").EnumerateArray()
            .Select(n => (member is null ? n : n.GetProperty(member)).GetProperty("handle").GetString()!).ToList();

    private static JsonElement Refusal(JsonElement payload)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("post").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }
}
