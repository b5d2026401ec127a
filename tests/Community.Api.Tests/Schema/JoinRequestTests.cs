using System.Text.Json;
using Community.Api.Schema;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>Requests to join a private group through the API: asking, approving, refusing, and who sees the requests.</summary>
public sealed class JoinRequestTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private const string Request = "mutation($id: ID!) { requestToJoinGroup(input: { groupId: $id }) { joinRequest { id status group { name } member { handle } } " + Errors + " } }";

    private const string Approve = "mutation($id: ID!) { approveJoinRequest(input: { requestId: $id }) { membership { role member { handle } group { name } } " + Errors + " } }";

    private const string Refuse = "mutation($id: ID!) { refuseJoinRequest(input: { requestId: $id }) { joinRequest { status decidedAt } " + Errors + " } }";

    private const string Requests = "query($id: ID!) { node(id: $id) { ... on Group { joinRequests { totalCount nodes { id member { handle } status } } viewerJoinRequest { status } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string Leadership => CommunityApi.Id("Group", _api.Leadership.Id);

    [Fact]
    public async Task An_owner_approves_a_request_and_the_member_reads_the_private_group()
    {
        var asked = Payload(await _api.RunAsync(_api.Cleo, Request, new { id = Leadership }), "requestToJoinGroup").GetProperty("joinRequest");
        var requestId = asked.GetProperty("id").GetString();
        var pending = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Requests, new { id = Leadership })).GetProperty("node").GetProperty("joinRequests");

        var membership = Payload(await _api.RunAsync(_api.Ada, Approve, new { id = requestId }), "approveJoinRequest").GetProperty("membership");

        Assert.Equal(("PENDING", "Leadership", "cleo"), (asked.GetProperty("status").GetString(), asked.GetProperty("group").GetProperty("name").GetString(), asked.GetProperty("member").GetProperty("handle").GetString()));
        Assert.Equal(1, pending.GetProperty("totalCount").GetInt32());
        Assert.Equal(requestId, pending.GetProperty("nodes")[0].GetProperty("id").GetString());
        Assert.Equal(("MEMBER", "cleo", "Leadership"), (membership.GetProperty("role").GetString(), membership.GetProperty("member").GetProperty("handle").GetString(), membership.GetProperty("group").GetProperty("name").GetString()));
        var asCleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Group { viewerRole viewerJoinRequest { status } posts { totalCount } } } }", new { id = Leadership })).GetProperty("node");
        Assert.Equal("MEMBER", asCleo.GetProperty("viewerRole").GetString());
        Assert.Equal("APPROVED", asCleo.GetProperty("viewerJoinRequest").GetProperty("status").GetString());
        Assert.Equal(1, asCleo.GetProperty("posts").GetProperty("totalCount").GetInt32());
        var after = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Requests, new { id = Leadership })).GetProperty("node").GetProperty("joinRequests");
        Assert.Equal(0, after.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_refused_member_sees_the_refusal_and_may_ask_again()
    {
        var requestId = RequestId(await _api.RunAsync(_api.Cleo, Request, new { id = Leadership }));

        var refused = Payload(await _api.RunAsync(_api.Ada, Refuse, new { id = requestId }), "refuseJoinRequest").GetProperty("joinRequest");
        var seen = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on GroupJoinRequest { status } } }", new { id = requestId }));
        var again = Payload(await _api.RunAsync(_api.Cleo, Request, new { id = Leadership }), "requestToJoinGroup").GetProperty("joinRequest");

        Assert.Equal("REFUSED", refused.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, refused.GetProperty("decidedAt").ValueKind);
        Assert.Equal("REFUSED", seen.GetProperty("node").GetProperty("status").GetString());
        Assert.Equal("PENDING", again.GetProperty("status").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.GroupMemberships.Where(m => m.MemberId == _api.Cleo.Id)));
    }

    [Fact]
    public async Task Only_those_who_moderate_the_group_see_its_requests()
    {
        var requestId = RequestId(await _api.RunAsync(_api.Cleo, Request, new { id = Leadership }));

        var asBob = await _api.RunAsync(_api.Bob, Requests, new { id = Leadership });
        var nodeAsBob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { id } }", new { id = requestId }));
        var nodeAsAda = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { id } }", new { id = requestId }));

        Assert.Equal(JsonValueKind.Null, asBob.GetProperty("data").GetProperty("node").GetProperty("joinRequests").ValueKind);
        Assert.Equal(SchemaErrorCodes.NotAuthorized, CommunitySchemaTests.Code(asBob));
        Assert.DoesNotContain("cleo", asBob.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, nodeAsBob.GetProperty("node").ValueKind);
        Assert.Equal(requestId, nodeAsAda.GetProperty("node").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("secret-group", "GroupNotFoundError")]
    [InlineData("public-group", "InvalidInputError")]
    [InlineData("guest", "GroupNotFoundError")]
    [InlineData("member-already", "DuplicateMembershipError")]
    [InlineData("twice", "DuplicateJoinRequestError")]
    public async Task A_refused_request_records_nothing(string attempt, string errorType)
    {
        await _api.Service<GroupService, GroupJoinRequest>(s => s.RequestToJoinAsync(_api.Cleo.Id, _api.Leadership.Id));
        var (viewer, group) = attempt switch
        {
            "secret-group" => (_api.Cleo, _api.ProjectX),
            "public-group" => (_api.Cleo, _api.Engineering),
            "guest" => (_api.Gus, _api.Leadership),
            "member-already" => (_api.Bob, _api.Engineering),
            _ => (_api.Cleo, _api.Leadership),
        };
        var before = await CountsAsync();

        var response = await _api.RunAsync(viewer, Request, new { id = CommunityApi.Id("Group", group.Id) });

        var error = AssertRefused(Payload(response, "requestToJoinGroup"), "joinRequest", errorType);
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Deciding_is_for_the_groups_moderators_and_only_once()
    {
        var request = await _api.Service<GroupService, GroupJoinRequest>(s => s.RequestToJoinAsync(_api.Cleo.Id, _api.Leadership.Id));
        var id = CommunityApi.Id("GroupJoinRequest", request.Id);
        var before = await CountsAsync();

        var byBob = Payload(await _api.RunAsync(_api.Bob, Approve, new { id }), "approveJoinRequest");
        var refusedByBob = Payload(await _api.RunAsync(_api.Bob, Refuse, new { id }), "refuseJoinRequest");
        var byCleo = Payload(await _api.RunAsync(_api.Cleo, Approve, new { id }), "approveJoinRequest");

        AssertRefused(byBob, "membership", "NotAuthorizedError");
        AssertRefused(refusedByBob, "joinRequest", "NotAuthorizedError");
        AssertRefused(byCleo, "membership", "NotAuthorizedError");
        Assert.Equal(before, await CountsAsync());

        await _api.RunAsync(_api.Ada, Approve, new { id });
        var twice = Payload(await _api.RunAsync(_api.Ada, Approve, new { id }), "approveJoinRequest");
        AssertRefused(twice, "membership", "JoinRequestNotFoundError");
        Assert.Equal(before.Memberships + 1, (await CountsAsync()).Memberships);
    }

    [Fact]
    public async Task A_group_id_given_as_the_request_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Ada, Approve, new { id = Leadership });

        Assert.Equal(SchemaErrorCodes.InvalidId, CommunitySchemaTests.Code(response));
    }

    private static JsonElement Payload(JsonElement response, string mutation) =>
        CommunitySchemaTests.Data(response).GetProperty(mutation);

    private static string RequestId(JsonElement response) =>
        Payload(response, "requestToJoinGroup").GetProperty("joinRequest").GetProperty("id").GetString()!;

    private static JsonElement AssertRefused(JsonElement payload, string field, string errorType)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(field).ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }

    private async Task<(int Requests, int Memberships, int Activity, string Statuses)> CountsAsync()
    {
        await using var db = _api.Database.CreateContext();
        var statuses = string.Join(",", db.GroupJoinRequests.OrderBy(r => r.Id).Select(r => r.Status).ToList());
        return (await _api.CountAsync(d => d.GroupJoinRequests), await _api.CountAsync(d => d.GroupMemberships), await _api.CountAsync(d => d.ActivityEntries), statuses);
    }
}
