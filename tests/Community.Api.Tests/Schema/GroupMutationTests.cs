using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>The mutations on groups through the API: what they change, and that a refusal changes nothing and names no secret group.</summary>
public sealed class GroupMutationTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string Engineering => CommunityApi.Id("Group", _api.Engineering.Id);

    private string Leadership => CommunityApi.Id("Group", _api.Leadership.Id);

    private string ProjectX => CommunityApi.Id("Group", _api.ProjectX.Id);

    [Fact]
    public async Task An_employee_creates_a_group_and_owns_it()
    {
        var response = await _api.RunAsync(_api.Cleo, $$"""
            mutation { createGroup(input: { name: "Design", description: "Pixels", visibility: PRIVATE }) { group { id name description visibility viewerRole memberCount } {{Errors}} } }
            """);

        var payload = Payload(response, "createGroup");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var group = payload.GetProperty("group");
        Assert.Equal(("Design", "Pixels", "PRIVATE", "OWNER", 1),
            (group.GetProperty("name").GetString(), group.GetProperty("description").GetString(), group.GetProperty("visibility").GetString(),
             group.GetProperty("viewerRole").GetString(), group.GetProperty("memberCount").GetInt32()));
        var mine = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "{ me { groups { nodes { id } } } }")).GetProperty("me").GetProperty("groups");
        Assert.Equal([group.GetProperty("id").GetString()!], CommunitySchemaTests.Ids(mine));
    }

    [Fact]
    public async Task A_secret_group_name_is_free_to_those_who_cannot_see_it_and_so_never_confirmed()
    {
        var response = await _api.RunAsync(_api.Cleo, $$"""
            mutation { createGroup(input: { name: "Project X" }) { group { name visibility } {{Errors}} } }
            """);

        var payload = Payload(response, "createGroup");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(("Project X", "PUBLIC"), (payload.GetProperty("group").GetProperty("name").GetString(), payload.GetProperty("group").GetProperty("visibility").GetString()));
        // Ada sees the secret group, so the name is taken for her.
        var refused = await _api.RunAsync(_api.Ada, $$"""
            mutation { createGroup(input: { name: "Project X", visibility: SECRET }) { group { id } {{Errors}} } }
            """);
        AssertRefused(Payload(refused, "createGroup"), "group", "DuplicateGroupNameError");
    }

    [Theory]
    [InlineData("guest", "Guests only", "NotAuthorizedError")]
    [InlineData("employee", "Engineering", "DuplicateGroupNameError")]
    [InlineData("employee", "   ", "InvalidInputError")]
    public async Task A_refused_group_is_not_created(string who, string name, string errorType)
    {
        var before = await CountsAsync();

        var response = await _api.RunAsync(who == "guest" ? _api.Gus : _api.Cleo, $$"""
            mutation($name: String!) { createGroup(input: { name: $name }) { group { id } {{Errors}} } }
            """, new { name });

        AssertRefused(Payload(response, "createGroup"), "group", errorType);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_owner_edits_the_group_and_a_private_group_closes_its_content_to_non_members()
    {
        var response = await _api.RunAsync(_api.Ada, $$"""
            mutation($id: ID!) { editGroup(input: { groupId: $id, name: "Platform", visibility: PRIVATE }) { group { name description visibility } {{Errors}} } }
            """, new { id = Engineering });

        var group = Payload(response, "editGroup").GetProperty("group");
        Assert.Equal(("Platform", "Builders", "PRIVATE"),
            (group.GetProperty("name").GetString(), group.GetProperty("description").GetString(), group.GetProperty("visibility").GetString()));
        var asCleo = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Group { name posts { totalCount } } } }", new { id = Engineering });
        Assert.Equal("Platform", asCleo.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
        Assert.Equal(SchemaErrorCodes.NotAuthorized, CommunitySchemaTests.Code(asCleo));
    }

    [Theory]
    [InlineData("member", "engineering", "NotAuthorizedError")]
    [InlineData("outsider", "secret", "GroupNotFoundError")]
    [InlineData("owner", "rename-to-taken", "DuplicateGroupNameError")]
    public async Task A_refused_edit_changes_nothing(string who, string what, string errorType)
    {
        var viewer = who switch { "member" => _api.Bob, "outsider" => _api.Cleo, _ => _api.Ada };
        var input = what switch
        {
            "engineering" => (object)new { groupId = Engineering, name = "Mine", visibility = "SECRET" },
            "secret" => new { groupId = ProjectX, description = "Found it" },
            _ => new { groupId = Engineering, name = "Leadership" },
        };
        var before = await GroupRowsAsync();

        var response = await _api.RunAsync(viewer, $$"""
            mutation($input: EditGroupInput!) { editGroup(input: $input) { group { id } {{Errors}} } }
            """, new { input });

        var error = AssertRefused(Payload(response, "editGroup"), "group", errorType);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await GroupRowsAsync());
    }

    [Fact]
    public async Task An_employee_joins_a_public_group()
    {
        var response = await _api.RunAsync(_api.Cleo, $$"""
            mutation($id: ID!) { joinGroup(input: { groupId: $id }) { group { name viewerRole memberCount } {{Errors}} } }
            """, new { id = Engineering });

        var group = Payload(response, "joinGroup").GetProperty("group");
        Assert.Equal("MEMBER", group.GetProperty("viewerRole").GetString());
        Assert.Equal(4, group.GetProperty("memberCount").GetInt32());
    }

    [Theory]
    [InlineData("cleo", "leadership", "NotAuthorizedError")]
    [InlineData("cleo", "secret", "GroupNotFoundError")]
    [InlineData("bob", "engineering", "DuplicateMembershipError")]
    [InlineData("gus", "leadership", "GroupNotFoundError")]
    public async Task A_refused_join_adds_no_membership(string who, string group, string errorType)
    {
        var viewer = who switch { "cleo" => _api.Cleo, "bob" => _api.Bob, _ => _api.Gus };
        var id = group switch { "leadership" => Leadership, "secret" => ProjectX, _ => Engineering };
        var before = await CountsAsync();

        var response = await _api.RunAsync(viewer, $$"""
            mutation($id: ID!) { joinGroup(input: { groupId: $id }) { group { id } {{Errors}} } }
            """, new { id });

        var error = AssertRefused(Payload(response, "joinGroup"), "group", errorType);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Leaving_a_group_ends_the_membership_and_a_secret_group_is_gone_from_view()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.ProjectX.Id, _api.Bob.Id));
        const string Leave = "mutation($id: ID!) { leaveGroup(input: { groupId: $id }) { groupId group { name viewerRole } " + Errors + " } }";

        var publicGroup = Payload(await _api.RunAsync(_api.Bob, Leave, new { id = Engineering }), "leaveGroup");
        var secretGroup = Payload(await _api.RunAsync(_api.Bob, Leave, new { id = ProjectX }), "leaveGroup");

        Assert.Equal(Engineering, publicGroup.GetProperty("groupId").GetString());
        Assert.Equal(JsonValueKind.Null, publicGroup.GetProperty("group").GetProperty("viewerRole").ValueKind);
        Assert.Equal(ProjectX, secretGroup.GetProperty("groupId").GetString());
        Assert.Equal(JsonValueKind.Null, secretGroup.GetProperty("group").ValueKind);
        Assert.Equal(JsonValueKind.Null, secretGroup.GetProperty("errors").ValueKind);
        Assert.Equal(0, await _api.CountAsync(db => db.GroupMemberships.Where(m => m.MemberId == _api.Bob.Id)));
    }

    [Theory]
    [InlineData("ada", "leadership", "NotAuthorizedError")]
    [InlineData("cleo", "engineering", "NotAMemberError")]
    [InlineData("cleo", "secret", "NotAMemberError")]
    public async Task A_refused_leave_keeps_the_membership(string who, string group, string errorType)
    {
        var id = group switch { "leadership" => Leadership, "secret" => ProjectX, _ => Engineering };
        var before = await CountsAsync();

        var response = await _api.RunAsync(who == "ada" ? _api.Ada : _api.Cleo,
            "mutation($id: ID!) { leaveGroup(input: { groupId: $id }) { groupId group { id } " + Errors + " } }", new { id });

        var payload = Payload(response, "leaveGroup");
        var error = AssertRefused(payload, "group", errorType);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("groupId").ValueKind);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_owner_adds_a_member_who_then_reads_the_private_group()
    {
        var response = await _api.RunAsync(_api.Ada, $$"""
            mutation($group: ID!, $member: ID!) {
              addGroupMember(input: { groupId: $group, memberId: $member, role: MODERATOR }) { membership { group { name } member { handle } role joinedAt } {{Errors}} }
            }
            """, new { group = Leadership, member = CommunityApi.Id("Member", _api.Cleo.Id) });

        var membership = Payload(response, "addGroupMember").GetProperty("membership");
        Assert.Equal(("Leadership", "cleo", "MODERATOR"),
            (membership.GetProperty("group").GetProperty("name").GetString(), membership.GetProperty("member").GetProperty("handle").GetString(), membership.GetProperty("role").GetString()));
        var posts = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Group { posts { totalCount } } } }", new { id = Leadership }));
        Assert.Equal(1, posts.GetProperty("node").GetProperty("posts").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [InlineData("bob", "engineering", "cleo", "NotAuthorizedError")]
    [InlineData("cleo", "secret", "cleo", "GroupNotFoundError")]
    [InlineData("ada", "engineering", "bob", "DuplicateMembershipError")]
    [InlineData("ada", "engineering", "nobody", "MemberNotFoundError")]
    public async Task A_refused_addition_adds_no_one(string who, string group, string member, string errorType)
    {
        var viewer = who switch { "bob" => _api.Bob, "cleo" => _api.Cleo, _ => _api.Ada };
        var memberId = member switch { "cleo" => _api.Cleo.Id, "bob" => _api.Bob.Id, _ => 9999 };
        var before = await CountsAsync();

        var response = await _api.RunAsync(viewer, $$"""
            mutation($group: ID!, $member: ID!) { addGroupMember(input: { groupId: $group, memberId: $member }) { membership { role } {{Errors}} } }
            """, new { group = group == "secret" ? ProjectX : Engineering, member = CommunityApi.Id("Member", memberId) });

        var error = AssertRefused(Payload(response, "addGroupMember"), "membership", errorType);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_owner_sets_a_members_role()
    {
        var response = await _api.RunAsync(_api.Ada, $$"""
            mutation($group: ID!, $member: ID!) { setGroupMemberRole(input: { groupId: $group, memberId: $member, role: MODERATOR }) { membership { member { handle } role } {{Errors}} } }
            """, new { group = Engineering, member = CommunityApi.Id("Member", _api.Bob.Id) });

        Assert.Equal("MODERATOR", Payload(response, "setGroupMemberRole").GetProperty("membership").GetProperty("role").GetString());
        var asBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Group { viewerRole } } }", new { id = Engineering }));
        Assert.Equal("MODERATOR", asBob.GetProperty("node").GetProperty("viewerRole").GetString());
    }

    [Theory]
    [InlineData("bob", "engineering", "gus", "OWNER", "NotAuthorizedError")]
    [InlineData("ada", "leadership", "ada", "MEMBER", "NotAuthorizedError")]
    [InlineData("ada", "engineering", "cleo", "MODERATOR", "InvalidInputError")]
    [InlineData("cleo", "secret", "ada", "MEMBER", "GroupNotFoundError")]
    public async Task A_refused_role_change_changes_no_role(string who, string group, string member, string role, string errorType)
    {
        var viewer = who switch { "bob" => _api.Bob, "cleo" => _api.Cleo, _ => _api.Ada };
        var memberId = member switch { "gus" => _api.Gus.Id, "cleo" => _api.Cleo.Id, _ => _api.Ada.Id };
        var id = group switch { "leadership" => Leadership, "secret" => ProjectX, _ => Engineering };
        var before = await RolesAsync();

        var response = await _api.RunAsync(viewer, $$"""
            mutation($group: ID!, $member: ID!, $role: GroupRole!) { setGroupMemberRole(input: { groupId: $group, memberId: $member, role: $role }) { membership { role } {{Errors}} } }
            """, new { group = id, member = CommunityApi.Id("Member", memberId), role });

        var error = AssertRefused(Payload(response, "setGroupMemberRole"), "membership", errorType);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await RolesAsync());
    }

    [Fact]
    public async Task A_member_id_given_as_the_group_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { joinGroup(input: { groupId: $id }) { group { id } } }",
            new { id = CommunityApi.Id("Member", _api.Bob.Id) });

        Assert.Equal(SchemaErrorCodes.InvalidId, CommunitySchemaTests.Code(response));
    }

    private static JsonElement Payload(JsonElement response, string mutation) =>
        CommunitySchemaTests.Data(response).GetProperty(mutation);

    private static JsonElement AssertRefused(JsonElement payload, string field, string errorType)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(field).ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    private async Task<(int Groups, int Memberships, int Activity)> CountsAsync() =>
        (await _api.CountAsync(db => db.Groups), await _api.CountAsync(db => db.GroupMemberships), await _api.CountAsync(db => db.ActivityEntries));

    private async Task<string> GroupRowsAsync()
    {
        await using var db = _api.Database.CreateContext();
        var rows = await db.Groups.OrderBy(g => g.Id).Select(g => g.Name + "|" + g.Description + "|" + g.Visibility).ToListAsync();
        return string.Join(";", rows);
    }

    private async Task<string> RolesAsync()
    {
        await using var db = _api.Database.CreateContext();
        var rows = await db.GroupMemberships.OrderBy(m => m.GroupId).ThenBy(m => m.MemberId).Select(m => $"{m.GroupId}/{m.MemberId}/{m.Role}").ToListAsync();
        return string.Join(";", rows);
    }
}
