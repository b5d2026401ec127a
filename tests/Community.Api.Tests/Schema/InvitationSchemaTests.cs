using System.Text.Json;
using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>inviteMember through the API: admins only, every refusal a typed error, and nothing half-written.</summary>
public sealed class InvitationSchemaTests : IAsyncLifetime
{
    private const string Invite = """
        mutation($input: InviteMemberInput!) {
          inviteMember(input: $input) {
            member { id handle displayName kind }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private static JsonElement Payload(JsonElement response) => CommunitySchemaTests.Data(response).GetProperty("inviteMember");

    [Fact]
    public async Task An_admin_invites_a_guest_who_exists_from_now_and_has_not_signed_in()
    {
        var payload = Payload(await _api.RunAsync(_api.Ada, Invite,
            new { input = new { handle = "@Zoe", email = "Zoe@partner.example", displayName = "Zoe", kind = "GUEST", department = "Partners" } }));

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var member = payload.GetProperty("member");
        Assert.Equal(("zoe", "Zoe", "GUEST"), (member.GetProperty("handle").GetString(), member.GetProperty("displayName").GetString(), member.GetProperty("kind").GetString()));
        await using var db = _api.Database.CreateContext();
        var stored = await db.Members.SingleAsync(m => m.Handle == "zoe");
        Assert.Equal(("zoe@partner.example", "Partners", MemberKind.Guest), (stored.Email, stored.Department, stored.Kind));
        Assert.True(stored.IsInvitationPending);
        Assert.Null(stored.FirstSignedInAt);
    }

    [Theory]
    [InlineData("member", "bob", "new@corp.example", "NotAuthorizedError")]
    [InlineData("admin", "bob", "new@corp.example", "DuplicateHandleError")]
    [InlineData("admin", "newcomer", "BOB@example.com", "DuplicateEmailError")]
    [InlineData("admin", "not a handle", "new@corp.example", "InvalidInputError")]
    public async Task Refusals_come_back_as_typed_errors_and_write_nothing(string who, string handle, string email, string expected)
    {
        await using var before = _api.Database.CreateContext();
        var members = await before.Members.CountAsync();

        var payload = Payload(await _api.RunAsync(who == "admin" ? _api.Ada : _api.Bob, Invite, new { input = new { handle, email, displayName = "Newcomer" } }));

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("member").ValueKind);
        Assert.Equal(expected, payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        await using var after = _api.Database.CreateContext();
        Assert.Equal(members, await after.Members.CountAsync());
    }
}
