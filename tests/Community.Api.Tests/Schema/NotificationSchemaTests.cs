using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>Notifications through the API: each member reads and marks only their own.</summary>
public sealed class NotificationSchemaTests : IAsyncLifetime
{
    private const string Notifications = """
        query($unreadOnly: Boolean! = false) {
          notifications(unreadOnly: $unreadOnly, first: 50) {
            totalCount
            nodes { id kind isRead readAt actorId actor { handle } postId post { id body } eventId }
          }
          me { unreadNotificationCount }
        }
        """;

    private const string MarkRead = """
        mutation($input: MarkNotificationsReadInput!) {
          markNotificationsRead(input: $input) {
            markedCount
            me { handle unreadNotificationCount }
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        // Bob is told of Cleo's comment and then of Ada's reply; Ada is told of Bob's comment.
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "Nice work"));
        await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.CompanyPost.Id, "Thanks"));
        await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Ada.Id, _api.EngineeringPost.Id, "Agreed", comment.Id));
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task A_member_reads_their_own_notifications_newest_first_with_what_they_are_about()
    {
        var data = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Notifications));

        var nodes = data.GetProperty("notifications").GetProperty("nodes").EnumerateArray().ToList();
        var expected = await OwnNotificationIdsNewestFirst(_api.Bob.Id);
        Assert.Equal(expected, nodes.Select(n => n.GetProperty("id").GetString()).ToList());
        Assert.Equal(expected.Count, data.GetProperty("notifications").GetProperty("totalCount").GetInt32());
        Assert.Equal(["COMMENTED", "COMMENTED"], nodes.Select(n => n.GetProperty("kind").GetString()).ToList());
        Assert.Equal(["ada", "cleo"], nodes.Select(n => n.GetProperty("actor").GetProperty("handle").GetString()).ToList());
        Assert.All(nodes, n =>
        {
            Assert.False(n.GetProperty("isRead").GetBoolean());
            Assert.Equal(CommunityApi.Id("Post", _api.EngineeringPost.Id), n.GetProperty("postId").GetString());
            Assert.Equal(n.GetProperty("postId").GetString(), n.GetProperty("post").GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, n.GetProperty("eventId").ValueKind);
        });
        Assert.Equal(2, data.GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
    }

    [Fact]
    public async Task Another_members_notifications_are_never_visible_by_list_node_or_count()
    {
        var adas = await OwnNotificationIdsNewestFirst(_api.Ada.Id);
        Assert.NotEmpty(adas);

        var cleos = await OwnNotificationIdsNewestFirst(_api.Cleo.Id);
        var list = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Notifications));
        Assert.Equal(cleos, CommunitySchemaTests.Ids(list.GetProperty("notifications")));
        Assert.Equal(["REPLIED"], list.GetProperty("notifications").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList());
        Assert.Equal(1, list.GetProperty("notifications").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, list.GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
        var gus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Notifications));
        Assert.Equal(0, gus.GetProperty("notifications").GetProperty("totalCount").GetInt32());

        var node = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } }",
            new { id = adas[0], ids = adas }));
        Assert.Equal(JsonValueKind.Null, node.GetProperty("node").ValueKind);
        Assert.All(node.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(JsonValueKind.Null, n.ValueKind));

        var count = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { ... on Member { handle unreadNotificationCount } } }",
            new { id = CommunityApi.Id("Member", _api.Ada.Id) }));
        Assert.Equal("ada", count.GetProperty("node").GetProperty("handle").GetString());
        Assert.Equal(JsonValueKind.Null, count.GetProperty("node").GetProperty("unreadNotificationCount").ValueKind);

        var own = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, "query($id: ID!) { node(id: $id) { ... on Notification { kind actor { handle } } } }", new { id = adas[0] }));
        Assert.Equal("bob", own.GetProperty("node").GetProperty("actor").GetProperty("handle").GetString());
    }

    [Fact]
    public async Task Marking_named_notifications_read_changes_only_those_and_the_unread_filter_follows()
    {
        var bobs = await OwnNotificationIdsNewestFirst(_api.Bob.Id);

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input = new { ids = new[] { bobs[0] } } }))
            .GetProperty("markNotificationsRead");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        Assert.Equal(1, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(bobs.Count - 1, payload.GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
        var unread = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Notifications, new { unreadOnly = true })).GetProperty("notifications");
        Assert.Equal(bobs.Skip(1).ToList(), CommunitySchemaTests.Ids(unread));
        Assert.Equal(bobs.Count - 1, unread.GetProperty("totalCount").GetInt32());
        var all = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Notifications)).GetProperty("notifications").GetProperty("nodes")[0];
        Assert.True(all.GetProperty("isRead").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, all.GetProperty("readAt").ValueKind);

        var again = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input = new { ids = new[] { bobs[0] } } }));
        Assert.Equal(0, again.GetProperty("markNotificationsRead").GetProperty("markedCount").GetInt32());
    }

    [Fact]
    public async Task Marking_another_members_notification_read_changes_nothing()
    {
        var adas = await OwnNotificationIdsNewestFirst(_api.Ada.Id);

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input = new { ids = adas } }))
            .GetProperty("markNotificationsRead");

        Assert.Equal(0, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(adas.Count, await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Ada.Id && n.ReadAt == null)));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_viewers_count_only()
    {
        var adasUnread = await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Ada.Id && n.ReadAt == null));

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input = new { all = true } }))
            .GetProperty("markNotificationsRead");

        Assert.Equal(2, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(0, payload.GetProperty("me").GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(adasUnread, await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Ada.Id && n.ReadAt == null)));
        Assert.True(adasUnread > 0);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task Ids_and_all_together_or_neither_are_refused_and_mark_nothing(bool giveIds, bool all)
    {
        var bobs = await OwnNotificationIdsNewestFirst(_api.Bob.Id);
        object input = giveIds ? new { ids = bobs, all } : new { all };

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input })).GetProperty("markNotificationsRead");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("markedCount").ValueKind);
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("me").ValueKind);
        Assert.Equal("InvalidInputError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal("INVALID_INPUT", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Equal(bobs.Count, await _api.CountAsync(db => db.Notifications.Where(n => n.RecipientId == _api.Bob.Id && n.ReadAt == null)));
    }

    [Fact]
    public async Task An_id_of_another_type_is_refused_with_a_code()
    {
        var response = await _api.RunAsync(_api.Bob, MarkRead, new { input = new { ids = new[] { CommunityApi.Id("Post", _api.EngineeringPost.Id) } } });

        Assert.Equal("ID_INVALID", CommunitySchemaTests.Code(response));
    }

    [Fact]
    public async Task A_post_the_recipient_can_no_longer_read_is_named_by_id_only()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.ProjectX.Id, _api.Bob.Id));
        var post = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Ada.Id, new NewPost(_api.ProjectX.Id, PostKind.Update, "Over to @bob")));
        await _api.Service<GroupService, bool>(async s => { await s.LeaveAsync(_api.Bob.Id, _api.ProjectX.Id); return true; });

        var newest = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Notifications)).GetProperty("notifications").GetProperty("nodes")[0];

        Assert.Equal("MENTIONED", newest.GetProperty("kind").GetString());
        Assert.Equal(CommunityApi.Id("Post", post.Id), newest.GetProperty("postId").GetString());
        Assert.Equal(JsonValueKind.Null, newest.GetProperty("post").ValueKind);
    }

    [Fact]
    public async Task A_page_of_notifications_costs_the_statements_of_a_single_one()
    {
        const string Page = "query($first: Int!) { notifications(first: $first) { nodes { kind actor { handle } post { body } } } }";

        _api.Statements.Reset();
        CommunitySchemaTests.NoErrors(await _api.RunAsync(_api.Bob, Page, new { first = 1 }));
        var single = _api.Statements.Count;
        _api.Statements.Reset();
        var page = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Page, new { first = 10 }));

        Assert.Equal(2, page.GetProperty("notifications").GetProperty("nodes").GetArrayLength());
        Assert.Equal(single, _api.Statements.Count);
    }

    [Fact]
    public async Task More_ids_than_a_call_takes_are_refused()
    {
        var ids = Enumerable.Range(1, 101).Select(i => CommunityApi.Id("Notification", i)).ToArray();

        var payload = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, MarkRead, new { input = new { ids } })).GetProperty("markNotificationsRead");

        Assert.Equal("INVALID_INPUT", payload.GetProperty("errors")[0].GetProperty("code").GetString());
        Assert.Contains("all: true", payload.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signed_out_requests_are_refused()
    {
        var response = await _api.RunAsync(null, "{ notifications { totalCount } }");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", CommunitySchemaTests.Code(response));
    }

    private async Task<List<string>> OwnNotificationIdsNewestFirst(long memberId)
    {
        await using var db = _api.Database.CreateContext();
        var ids = await db.Notifications.Where(n => n.RecipientId == memberId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Select(n => n.Id).ToListAsync();
        return ids.Select(id => CommunityApi.Id("Notification", id)).ToList();
    }
}
