using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>The mutations on members through the API: profiles, following and unfollowing, and that a refusal changes nothing.</summary>
public sealed class MemberMutationTests : IAsyncLifetime
{
    private const string UpdateProfile = """
        mutation($input: UpdateProfileInput!) {
          updateProfile(input: $input) {
            member { handle displayName title location about avatarUrl skills }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Follow = "mutation($id: ID!) { followMember(input: { memberId: $id }) { member { handle followerCount viewerFollows } errors { __typename ... on Error { message code } } } }";

    private const string Unfollow = "mutation($id: ID!) { unfollowMember(input: { memberId: $id }) { member { handle followerCount viewerFollows } errors { __typename ... on Error { message code } } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_edits_their_profile_and_omitted_fields_keep_their_values()
    {
        await _api.RunAsync(_api.Bob, UpdateProfile, new { input = new { title = "Engineer", location = "Oslo", avatarUrl = "https://intranet.example.com/bob.png" } });
        var kept = Member(await _api.RunAsync(_api.Bob, UpdateProfile, new { input = new { about = "I build **things**", skills = new[] { "C#", "SQL", "c#" } } }));
        var cleared = Member(await _api.RunAsync(_api.Bob, UpdateProfile, new { input = new { location = (string?)null } }));

        Assert.Equal(("Bob", "Engineer", "Oslo", "I build **things**"),
            (kept.GetProperty("displayName").GetString(), kept.GetProperty("title").GetString(), kept.GetProperty("location").GetString(), kept.GetProperty("about").GetString()));
        Assert.Equal("https://intranet.example.com/bob.png", kept.GetProperty("avatarUrl").GetString());
        Assert.Equal(["C#", "SQL"], kept.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(JsonValueKind.Null, cleared.GetProperty("location").ValueKind);
        Assert.Equal("Engineer", cleared.GetProperty("title").GetString());
        Assert.Equal(2, cleared.GetProperty("skills").GetArrayLength());
    }

    [Fact]
    public async Task An_admin_edits_another_members_profile()
    {
        var member = Member(await _api.RunAsync(_api.Ada, UpdateProfile, new { input = new { memberId = CommunityApi.Id("Member", _api.Bob.Id), displayName = "Robert" } }));

        Assert.Equal(("bob", "Robert"), (member.GetProperty("handle").GetString(), member.GetProperty("displayName").GetString()));
        var read = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { ... on Member { displayName } } }", new { id = CommunityApi.Id("Member", _api.Bob.Id) }));
        Assert.Equal("Robert", read.GetProperty("node").GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("cleo-edits-bob", "NotAuthorizedError")]
    [InlineData("empty-name", "InvalidInputError")]
    [InlineData("too-many-skills", "InvalidInputError")]
    [InlineData("admin-edits-nobody", "MemberNotFoundError")]
    public async Task A_refused_profile_edit_changes_nothing(string attempt, string errorType)
    {
        var bob = CommunityApi.Id("Member", _api.Bob.Id);
        var (viewer, input) = attempt switch
        {
            "cleo-edits-bob" => (_api.Cleo, (object)new { memberId = bob, displayName = "Hacked", about = "pwned" }),
            "empty-name" => (_api.Bob, new { displayName = "   ", about = "new" }),
            "too-many-skills" => (_api.Bob, new { about = "new", skills = Enumerable.Range(0, 51).Select(i => $"skill {i}").ToArray() }),
            _ => (_api.Ada, new { memberId = CommunityApi.Id("Member", 9999), displayName = "Ghost" }),
        };
        var before = await ProfilesAsync();

        var response = await _api.RunAsync(viewer, UpdateProfile, new { input });

        var payload = CommunitySchemaTests.Data(response).GetProperty("updateProfile");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("member").ValueKind);
        Assert.Equal(errorType, payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(before, await ProfilesAsync());
    }

    [Fact]
    public async Task Following_and_unfollowing_show_in_the_members_figures()
    {
        var bob = CommunityApi.Id("Member", _api.Bob.Id);

        var followed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Follow, new { id = bob })).GetProperty("followMember");
        var feed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "{ feed { nodes { id } } }")).GetProperty("feed");
        var unfollowed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Unfollow, new { id = bob })).GetProperty("unfollowMember");
        var again = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Unfollow, new { id = bob })).GetProperty("unfollowMember");

        Assert.Equal(JsonValueKind.Null, followed.GetProperty("errors").ValueKind);
        Assert.True(followed.GetProperty("member").GetProperty("viewerFollows").GetBoolean());
        Assert.Equal(1, followed.GetProperty("member").GetProperty("followerCount").GetInt32());
        Assert.Contains(CommunityApi.Id("Post", _api.EngineeringPost.Id), CommunitySchemaTests.Ids(feed));
        Assert.False(unfollowed.GetProperty("member").GetProperty("viewerFollows").GetBoolean());
        Assert.Equal(0, unfollowed.GetProperty("member").GetProperty("followerCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("errors").ValueKind);
        Assert.Equal(0, await _api.CountAsync(db => db.Follows));
    }

    [Theory]
    [InlineData("self", "CannotFollowSelfError")]
    [InlineData("twice", "AlreadyFollowingError")]
    [InlineData("nobody", "MemberNotFoundError")]
    [InlineData("guest-outside-their-groups", "MemberNotFoundError")]
    public async Task A_refused_follow_records_nothing(string attempt, string errorType)
    {
        await _api.Service<FollowService, Follow>(s => s.FollowAsync(_api.Cleo.Id, _api.Bob.Id));
        var (viewer, target) = attempt switch
        {
            "self" => (_api.Cleo, _api.Cleo.Id),
            "twice" => (_api.Cleo, _api.Bob.Id),
            "nobody" => (_api.Cleo, 9999L),
            _ => (_api.Gus, _api.Cleo.Id),
        };
        var follows = await _api.CountAsync(db => db.Follows);
        var activity = await _api.CountAsync(db => db.ActivityEntries);

        var response = await _api.RunAsync(viewer, Follow, new { id = CommunityApi.Id("Member", target) });

        var payload = CommunitySchemaTests.Data(response).GetProperty("followMember");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("member").ValueKind);
        Assert.Equal(errorType, payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.DoesNotContain("cleo", payload.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(follows, await _api.CountAsync(db => db.Follows));
        Assert.Equal(activity, await _api.CountAsync(db => db.ActivityEntries));
    }

    [Fact]
    public async Task A_guest_cannot_unfollow_to_find_a_member_outside_their_groups()
    {
        var response = await _api.RunAsync(_api.Gus, Unfollow, new { id = CommunityApi.Id("Member", _api.Cleo.Id) });

        var payload = CommunitySchemaTests.Data(response).GetProperty("unfollowMember");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("member").ValueKind);
        Assert.Equal("MemberNotFoundError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    private static JsonElement Member(JsonElement response)
    {
        var payload = CommunitySchemaTests.Data(response).GetProperty("updateProfile");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("member");
    }

    private async Task<string> ProfilesAsync()
    {
        await using var db = _api.Database.CreateContext();
        var rows = await db.Members.OrderBy(m => m.Id).ToListAsync();
        return string.Join(";", rows.Select(m => string.Join("|", m.DisplayName, m.Title, m.Department, m.Location, m.About, m.AvatarUrl, string.Join(",", m.Skills))));
    }
}
