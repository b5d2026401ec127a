using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>Badges, praise and points through the API: what praise writes, what a refusal leaves, and who sees which praise.</summary>
public sealed class RecognitionSchemaTests : IAsyncLifetime
{
    private const string Praise = """
        mutation($input: PraiseInput!) {
          praise(input: $input) {
            praise {
              giver { handle } recipients { handle } badge { code name } createdAt
              post { id kind body group { name } praise { recipients { handle } badge { code } } }
            }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private const string Recognition = """
        query($id: ID!) {
          node(id: $id) {
            ... on Member {
              points
              badges { badge { code } count lastAwardedAt }
              praiseReceived(first: 10) { totalCount nodes { post { id } giver { handle } badge { code } } }
              praiseGiven(first: 10) { totalCount nodes { post { id } recipients { handle } } }
            }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        await _api.Service<PraiseService, Badge>(s => s.DefineBadgeAsync(_api.Ada.Id, "team-player", "Team player", "Makes the team better."));
        await _api.Service<PraiseService, Badge>(s => s.DefineBadgeAsync(_api.Ada.Id, "mentor", "Mentor", null));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Badges_lists_every_defined_badge_by_name()
    {
        var badges = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, "{ badges { code name description } }")).GetProperty("badges");

        Assert.Equal(["mentor", "team-player"], badges.EnumerateArray().Select(b => b.GetProperty("code").GetString()).ToList());
        Assert.Equal("Makes the team better.", badges[1].GetProperty("description").GetString());
    }

    [Fact]
    public async Task Praise_publishes_a_praise_post_that_names_its_recipients_and_badge()
    {
        var pointsBefore = await LedgerTotal(_api.Cleo.Id);

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Praise, new
        {
            input = new
            {
                recipientIds = new[] { CommunityApi.Id("Member", _api.Cleo.Id), CommunityApi.Id("Member", _api.Gus.Id) },
                badge = "Team-Player",
                body = "Thanks for the release",
                groupId = CommunityApi.Id("Group", _api.Engineering.Id),
            },
        })).GetProperty("praise");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var praise = payload.GetProperty("praise");
        Assert.Equal("bob", praise.GetProperty("giver").GetProperty("handle").GetString());
        Assert.Equal(["cleo", "gus"], Handles(praise.GetProperty("recipients")));
        Assert.Equal("team-player", praise.GetProperty("badge").GetProperty("code").GetString());
        var post = praise.GetProperty("post");
        Assert.Equal("PRAISE", post.GetProperty("kind").GetString());
        Assert.Equal("Engineering", post.GetProperty("group").GetProperty("name").GetString());
        Assert.Equal(["cleo", "gus"], Handles(post.GetProperty("praise").GetProperty("recipients")));

        var cleo = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Recognition, new { id = CommunityApi.Id("Member", _api.Cleo.Id) })).GetProperty("node");
        Assert.Equal(pointsBefore + PointsRules.For(PointsReason.PraiseReceived), cleo.GetProperty("points").GetInt32());
        Assert.Equal("team-player", cleo.GetProperty("badges")[0].GetProperty("badge").GetProperty("code").GetString());
        Assert.Equal(1, cleo.GetProperty("badges")[0].GetProperty("count").GetInt32());
        Assert.Equal(1, cleo.GetProperty("praiseReceived").GetProperty("totalCount").GetInt32());
        Assert.Equal(post.GetProperty("id").GetString(), cleo.GetProperty("praiseReceived").GetProperty("nodes")[0].GetProperty("post").GetProperty("id").GetString());
        var bob = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Recognition, new { id = CommunityApi.Id("Member", _api.Bob.Id) })).GetProperty("node");
        Assert.Equal(["cleo", "gus"], Handles(bob.GetProperty("praiseGiven").GetProperty("nodes")[0].GetProperty("recipients")));
        Assert.Equal(0, bob.GetProperty("praiseReceived").GetProperty("totalCount").GetInt32());

        var notified = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "{ notifications(first: 1) { nodes { kind actor { handle } post { praise { badge { code } } } } } }"))
            .GetProperty("notifications").GetProperty("nodes")[0];
        Assert.Equal("PRAISED", notified.GetProperty("kind").GetString());
        Assert.Equal("bob", notified.GetProperty("actor").GetProperty("handle").GetString());
        Assert.Equal("team-player", notified.GetProperty("post").GetProperty("praise").GetProperty("badge").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_guest_sees_only_the_recipients_they_may_find_in_the_directory()
    {
        // Cleo is in none of Gus's groups; the praise post is in Engineering, which both Bob and Gus are in.
        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Praise, new
        {
            input = new
            {
                recipientIds = new[] { CommunityApi.Id("Member", _api.Cleo.Id), CommunityApi.Id("Member", _api.Ada.Id) },
                body = "Thanks for the review",
                groupId = CommunityApi.Id("Group", _api.Engineering.Id),
            },
        })).GetProperty("praise");
        var postId = payload.GetProperty("praise").GetProperty("post").GetProperty("id").GetString();
        const string Query = "query($id: ID!) { node(id: $id) { ... on Post { praise { recipients { handle } } } } }";

        var asGuest = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Query, new { id = postId })).GetProperty("node");
        var asEmployee = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Query, new { id = postId })).GetProperty("node");

        Assert.Equal(["ada"], Handles(asGuest.GetProperty("praise").GetProperty("recipients")));
        Assert.Equal(["ada", "cleo"], Handles(asEmployee.GetProperty("praise").GetProperty("recipients")));
    }

    [Fact]
    public async Task Other_posts_carry_no_praise()
    {
        var post = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Post { kind praise { createdAt } } } }",
            new { id = CommunityApi.Id("Post", _api.EngineeringPost.Id) })).GetProperty("node");

        Assert.Equal("UPDATE", post.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("praise").ValueKind);
    }

    [Theory]
    [InlineData("self", "CannotPraiseSelfError", "CANNOT_PRAISE_SELF")]
    [InlineData("badge", "BadgeNotFoundError", "BADGE_NOT_FOUND")]
    [InlineData("unknown-member", "MemberNotFoundError", "MEMBER_NOT_FOUND")]
    [InlineData("nobody", "InvalidInputError", "INVALID_INPUT")]
    [InlineData("empty-body", "BodyEmptyError", "BODY_EMPTY")]
    [InlineData("secret-group", "GroupNotFoundError", "GROUP_NOT_FOUND")]
    [InlineData("private-group", "NotAMemberError", "NOT_A_MEMBER")]
    [InlineData("guest-outside", "InvalidInputError", "INVALID_INPUT")]
    public async Task A_refused_praise_comes_back_as_a_typed_error_and_writes_nothing(string attempt, string errorType, string code)
    {
        var cleo = CommunityApi.Id("Member", _api.Cleo.Id);
        object input = attempt switch
        {
            "self" => new { recipientIds = new[] { cleo, CommunityApi.Id("Member", _api.Bob.Id) }, body = "Us!" },
            "badge" => new { recipientIds = new[] { cleo }, body = "Thanks", badge = "no-such-badge" },
            "unknown-member" => new { recipientIds = new[] { cleo, CommunityApi.Id("Member", 9999) }, body = "Thanks" },
            "nobody" => new { recipientIds = Array.Empty<string>(), body = "Thanks" },
            "empty-body" => new { recipientIds = new[] { cleo }, body = "  " },
            "guest-outside" => new { recipientIds = new[] { cleo, CommunityApi.Id("Member", _api.Gus.Id) }, body = "Thanks" },
            "secret-group" => new { recipientIds = new[] { cleo }, body = "Thanks", groupId = CommunityApi.Id("Group", _api.ProjectX.Id) },
            _ => new { recipientIds = new[] { cleo }, body = "Thanks", groupId = CommunityApi.Id("Group", _api.Leadership.Id) },
        };
        var before = await WrittenRows();

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Praise, new { input })).GetProperty("praise");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("praise").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.DoesNotContain("Project X", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await WrittenRows());
    }

    [Fact]
    public async Task A_recipient_id_of_another_type_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Bob, Praise, new { input = new { recipientIds = new[] { CommunityApi.Id("Group", _api.Engineering.Id) }, body = "x" } });

        Assert.Equal("ID_INVALID", CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task Praise_in_a_secret_group_is_not_listed_nor_counted_for_outsiders()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.ProjectX.Id, _api.Bob.Id));
        var secret = await _api.Service<PraiseService, Praise>(s => s.GiveAsync(_api.Ada.Id, _api.ProjectX.Id, [_api.Bob.Id], "Quietly brilliant", "mentor"));
        var bobId = CommunityApi.Id("Member", _api.Bob.Id);

        var outsider = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Recognition, new { id = bobId })).GetProperty("node");
        Assert.Equal(0, outsider.GetProperty("praiseReceived").GetProperty("totalCount").GetInt32());
        Assert.Empty(outsider.GetProperty("praiseReceived").GetProperty("nodes").EnumerateArray());
        Assert.Empty(outsider.GetProperty("badges").EnumerateArray());
        var giver = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Recognition, new { id = CommunityApi.Id("Member", _api.Ada.Id) })).GetProperty("node");
        Assert.Equal(0, giver.GetProperty("praiseGiven").GetProperty("totalCount").GetInt32());
        var node = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } }", new { id = CommunityApi.Id("Post", secret.PostId) }));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);

        var insider = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Recognition, new { id = bobId })).GetProperty("node");
        Assert.Equal(1, insider.GetProperty("praiseReceived").GetProperty("totalCount").GetInt32());
        Assert.Equal("ada", insider.GetProperty("praiseReceived").GetProperty("nodes")[0].GetProperty("giver").GetProperty("handle").GetString());
        Assert.Equal("mentor", insider.GetProperty("badges")[0].GetProperty("badge").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Points_of_every_member_match_the_ledger()
    {
        await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "Nice"));
        await _api.Service<ReactionService, Reaction>(s => s.ReactAsync(_api.Cleo.Id, _api.EngineeringPost.Id, ReactionKind.Celebrate));
        await _api.Service<PraiseService, Praise>(s => s.GiveAsync(_api.Ada.Id, null, [_api.Bob.Id, _api.Cleo.Id], "Great week", "mentor"));
        var members = new[] { _api.Ada, _api.Bob, _api.Cleo, _api.Gus };

        var page = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "{ members(first: 10) { nodes { handle points } } }"))
            .GetProperty("members").GetProperty("nodes").EnumerateArray()
            .ToDictionary(m => m.GetProperty("handle").GetString()!, m => m.GetProperty("points").GetInt32());

        foreach (var member in members)
        {
            Assert.Equal(await LedgerTotal(member.Id), page[member.Handle]);
        }

        Assert.True(page["bob"] > page["gus"]);
    }

    [Fact]
    public async Task Recognition_of_a_page_costs_the_statements_of_a_single_item()
    {
        await _api.Service<PraiseService, Praise>(s => s.GiveAsync(_api.Ada.Id, null, [_api.Bob.Id, _api.Cleo.Id], "Great week", "mentor"));
        await _api.Service<PraiseService, Praise>(s => s.GiveAsync(_api.Bob.Id, null, [_api.Cleo.Id], "Thanks", "team-player"));
        const string Page = """
            query($first: Int!) {
              members(first: $first) { nodes { handle points badges { count badge { code } } } }
              posts(first: $first, where: { kind: { eq: PRAISE } }) { nodes { praise { giver { handle } recipients { handle } badge { code } } } }
            }
            """;

        _api.Statements.Reset();
        CommunitySchemaTests.NoErrors(await _api.RunAsync(_api.Bob, Page, new { first = 1 }));
        var single = _api.Statements.Count;
        _api.Statements.Reset();
        var all = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Page, new { first = 10 }));

        Assert.Equal(4, all.GetProperty("members").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, all.GetProperty("posts").GetProperty("nodes").GetArrayLength());
        Assert.Equal(single, _api.Statements.Count);
    }

    private static List<string?> Handles(JsonElement members) =>
        members.EnumerateArray().Select(m => m.GetProperty("handle").GetString()).ToList();

    private async Task<int> LedgerTotal(long memberId)
    {
        await using var db = _api.Database.CreateContext();
        return await db.PointsEntries.Where(p => p.MemberId == memberId).SumAsync(p => p.Points);
    }

    private async Task<(int, int, int, int, int, int)> WrittenRows() => (
        await _api.CountAsync(db => db.Posts),
        await _api.CountAsync(db => db.Praises),
        await _api.CountAsync(db => db.PraiseRecipients),
        await _api.CountAsync(db => db.PointsEntries),
        await _api.CountAsync(db => db.MemberBadges),
        await _api.CountAsync(db => db.Notifications));
}
