using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>
/// The subscriptions through the outbox and its dispatcher: each delivers, filters hold, and what a
/// subscriber receives is what it may see when the event arrives (never a secret group's content, never
/// another member's notifications, nothing rolled back).
/// </summary>
public sealed class SubscriptionSchemaTests : IAsyncLifetime
{
    private CommunityApi _api = null!;
    private CancellationTokenSource _timeout = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        _timeout.Dispose();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Without_a_filter_postCreated_delivers_what_the_feed_shows()
    {
        await using var cleo = await SubscribeAsync(_api.Cleo, "postCreated { title }");

        // Cleo is in no group and follows nobody: a group update is not in her feed, a company announcement is.
        await PostAsync(_api.Bob, _api.Engineering, "Group update");
        await PostAsync(_api.Ada, null, "Announcement", PostKind.Announcement);

        Assert.Equal("Announcement", await NextAsync(cleo, "postCreated", "title"));
    }

    [Fact]
    public async Task Every_criterion_of_the_filter_must_hold()
    {
        var engineering = Id("Group", _api.Engineering.Id);
        await using var cleo = await SubscribeAsync(_api.Cleo, $$"""postCreated(where: { groupIds: ["{{engineering}}"], kinds: [QUESTION], topics: ["#Build"] }) { title }""");

        await PostAsync(_api.Bob, _api.Engineering, "Wrong kind", PostKind.Update, ["build"]);
        await PostAsync(_api.Bob, _api.Engineering, "No topic", PostKind.Question);
        await PostAsync(_api.Ada, null, "Wrong group", PostKind.Question, ["build"]);
        await PostAsync(_api.Bob, _api.Engineering, "Match", PostKind.Question, ["build", "ci"]);

        Assert.Equal("Match", await NextAsync(cleo, "postCreated", "title"));
    }

    [Fact]
    public async Task The_author_kind_filter_picks_guests_posts()
    {
        await using var cleo = await SubscribeAsync(_api.Cleo, "postCreated(where: { authorKind: GUEST }) { title author { handle } }");

        await PostAsync(_api.Bob, _api.Engineering, "By an employee");
        await PostAsync(_api.Gus, _api.Engineering, "By a guest");

        Assert.Equal("By a guest", await NextAsync(cleo, "postCreated", "title"));
    }

    [Fact]
    public async Task A_secret_group_in_groupIds_is_accepted_like_an_unknown_one_and_delivers_nothing_of_it()
    {
        string[] groups = [Id("Group", _api.ProjectX.Id), Id("Group", 999_999), Id("Group", _api.Engineering.Id)];
        await using var bob = await SubscribeAsync(_api.Bob, $"postCreated(where: {{ groupIds: {JsonSerializer.Serialize(groups)} }}) {{ title }}");

        await PostAsync(_api.Ada, _api.ProjectX, "Secret");
        await PostAsync(_api.Ada, _api.Engineering, "Public");

        Assert.Equal("Public", await NextAsync(bob, "postCreated", "title"));
    }

    [Fact]
    public async Task A_group_id_of_another_type_is_refused()
    {
        var response = await _api.RunAsync(_api.Bob, $$"""subscription { postCreated(where: { groupIds: ["{{Id("Post", 1)}}"] }) { title } }""");

        Assert.Equal("ID_INVALID", ErrorCode(response));
    }

    [Fact]
    public async Task A_member_who_leaves_a_private_group_stops_receiving_its_posts()
    {
        await _api.Service<GroupService, GroupMembership>(s => s.AddMemberAsync(_api.Ada.Id, _api.Leadership.Id, _api.Bob.Id));
        await using var bob = await SubscribeAsync(_api.Bob, "postCreated(where: {}) { title }");

        await PostAsync(_api.Ada, _api.Leadership, "While a member");
        Assert.Equal("While a member", await NextAsync(bob, "postCreated", "title"));

        await _api.Service<GroupService, bool>(async s => { await s.LeaveAsync(_api.Bob.Id, _api.Leadership.Id); return true; });
        await PostAsync(_api.Ada, _api.Leadership, "After leaving");
        await PostAsync(_api.Ada, _api.Engineering, "Still public");

        Assert.Equal("Still public", await NextAsync(bob, "postCreated", "title"));
    }

    [Fact]
    public async Task A_disabled_members_subscription_ends()
    {
        await using var bob = await SubscribeAsync(_api.Bob, "postCreated(where: {}) { title }");

        await _api.Service<MemberService, Member>(s => s.SetEnabledAsync(_api.Ada.Id, _api.Bob.Id, enabled: false));
        await PostAsync(_api.Ada, _api.Engineering, "Too late");

        Assert.False(await bob.MoveNextAsync());
    }

    [Fact]
    public async Task A_rolled_back_write_publishes_nothing()
    {
        await using var cleo = await SubscribeAsync(_api.Cleo, "postCreated(where: {}) { title }");

        await using (var db = _api.Database.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new PostService(db, TimeProvider.System).CreateAsync(_api.Ada.Id, new NewPost(null, PostKind.Announcement, "Rolled back", "Never"));
            await transaction.RollbackAsync();
        }

        await PostAsync(_api.Ada, null, "Committed", PostKind.Announcement);

        Assert.Equal("Committed", await NextAsync(cleo, "postCreated", "title"));
    }

    [Fact]
    public async Task CommentAdded_delivers_the_posts_new_comments_only()
    {
        await using var cleo = await SubscribeAsync(_api.Cleo, $$"""commentAdded(postId: "{{Id("Post", _api.EngineeringPost.Id)}}") { body author { handle } }""");

        await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.CompanyPost.Id, "Elsewhere"));
        await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Here"));

        Assert.Equal("Here", await NextAsync(cleo, "commentAdded", "body"));
    }

    [Fact]
    public async Task A_post_the_subscriber_may_not_read_is_refused_as_an_unknown_one()
    {
        var secret = await _api.RunAsync(_api.Bob, $$"""subscription { commentAdded(postId: "{{Id("Post", _api.SecretPost.Id)}}") { body } }""");
        var unknown = await _api.RunAsync(_api.Bob, $$"""subscription { commentAdded(postId: "{{Id("Post", 999_999)}}") { body } }""");

        Assert.Equal("NOT_FOUND", ErrorCode(secret));
        Assert.Equal("NOT_FOUND", ErrorCode(unknown));
        Assert.Equal(ErrorMessage(unknown).Replace(Id("Post", 999_999), "?", StringComparison.Ordinal),
            ErrorMessage(secret).Replace(Id("Post", _api.SecretPost.Id), "?", StringComparison.Ordinal));
        Assert.DoesNotContain("Project", secret.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReactionsChanged_delivers_the_new_counts_of_a_post_or_a_comment()
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Bob.Id, _api.EngineeringPost.Id, "Nice"));
        await using var onPost = await SubscribeAsync(_api.Cleo, $$"""reactionsChanged(subjectId: "{{Id("Post", _api.EngineeringPost.Id)}}") { subjectId comment { id } reactionCounts { kind count } }""");
        await using var onComment = await SubscribeAsync(_api.Cleo, $$"""reactionsChanged(subjectId: "{{Id("Comment", comment.Id)}}") { subjectId post { id } reactionCounts { kind count } }""");

        await _api.Service<ReactionService, Reaction>(s => s.ReactAsync(_api.Ada.Id, _api.EngineeringPost.Id, ReactionKind.Like, comment.Id));
        await _api.Service<ReactionService, Reaction>(s => s.ReactAsync(_api.Cleo.Id, _api.EngineeringPost.Id, ReactionKind.Celebrate));

        var post = await NextAsync(onPost, "reactionsChanged");
        Assert.Equal(Id("Post", _api.EngineeringPost.Id), post.GetProperty("subjectId").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("comment").ValueKind);
        Assert.Equal("""[{"kind":"CELEBRATE","count":1}]""", post.GetProperty("reactionCounts").GetRawText());
        var onItsComment = await NextAsync(onComment, "reactionsChanged");
        Assert.Equal(Id("Post", _api.EngineeringPost.Id), onItsComment.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal("""[{"kind":"LIKE","count":1}]""", onItsComment.GetProperty("reactionCounts").GetRawText());
    }

    [Fact]
    public async Task ReactionsChanged_refuses_a_comment_under_a_secret_post_as_an_unknown_one()
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Ada.Id, _api.SecretPost.Id, "Hush"));

        var secret = await _api.RunAsync(_api.Bob, $$"""subscription { reactionsChanged(subjectId: "{{Id("Comment", comment.Id)}}") { subjectId } }""");
        var wrongType = await _api.RunAsync(_api.Bob, $$"""subscription { reactionsChanged(subjectId: "{{Id("Group", 1)}}") { subjectId } }""");

        Assert.Equal("NOT_FOUND", ErrorCode(secret));
        Assert.Equal("ID_INVALID", ErrorCode(wrongType));
    }

    [Fact]
    public async Task EventUpdated_delivers_the_event_after_a_registration_and_hides_secret_events()
    {
        var meetup = await _api.Service<EventService, Event>(s => s.CreateAsync(_api.Ada.Id,
            new NewEvent(_api.Engineering.Id, "Meetup", DateTime.UtcNow.AddDays(3), DateTime.UtcNow.AddDays(3).AddHours(1), Capacity: 10)));
        var hidden = await _api.Service<EventService, Event>(s => s.CreateAsync(_api.Ada.Id,
            new NewEvent(_api.ProjectX.Id, "Hidden", DateTime.UtcNow.AddDays(3), DateTime.UtcNow.AddDays(3).AddHours(1))));
        await using var bob = await SubscribeAsync(_api.Bob, $$"""eventUpdated(eventId: "{{Id("Event", meetup.Id)}}") { title registeredCount }""");

        await _api.Service<EventService, EventRegistration>(s => s.RegisterAsync(_api.Cleo.Id, meetup.Id));

        Assert.Equal(1, (await NextAsync(bob, "eventUpdated")).GetProperty("registeredCount").GetInt32());
        var secret = await _api.RunAsync(_api.Bob, $$"""subscription { eventUpdated(eventId: "{{Id("Event", hidden.Id)}}") { title } }""");
        Assert.Equal("NOT_FOUND", ErrorCode(secret));
    }

    [Fact]
    public async Task NotificationReceived_delivers_only_the_members_own()
    {
        await using var bob = await SubscribeAsync(_api.Bob, "notificationReceived { kind post { title } }");
        await using var cleo = await SubscribeAsync(_api.Cleo, "notificationReceived { kind post { title } }");

        await PostAsync(_api.Ada, null, "For Bob", body: "Hello @bob");
        await PostAsync(_api.Ada, null, "For Cleo", body: "Hello @cleo");

        var bobs = await NextAsync(bob, "notificationReceived");
        Assert.Equal(("MENTIONED", "For Bob"), (bobs.GetProperty("kind").GetString(), bobs.GetProperty("post").GetProperty("title").GetString()));
        Assert.Equal("For Cleo", (await NextAsync(cleo, "notificationReceived")).GetProperty("post").GetProperty("title").GetString());
    }

    private static string Id(string type, long key) => CommunityApi.Id(type, key);

    private Task<IAsyncEnumerator<JsonElement>> SubscribeAsync(Member member, string field) =>
        _api.SubscribeAsync(member, "subscription { " + field + " }", _timeout.Token);

    private static async Task<JsonElement> NextAsync(IAsyncEnumerator<JsonElement> events, string field)
    {
        Assert.True(await events.MoveNextAsync());
        Assert.False(events.Current.TryGetProperty("errors", out var errors), errors.ToString());
        return events.Current.GetProperty("data").GetProperty(field);
    }

    private static async Task<string?> NextAsync(IAsyncEnumerator<JsonElement> events, string field, string property) =>
        (await NextAsync(events, field)).GetProperty(property).GetString();

    private Task<Post> PostAsync(Member author, Group? group, string title, PostKind kind = PostKind.Update, string[]? topics = null, string body = "Body") =>
        _api.Service<PostService, Post>(s => s.CreateAsync(author.Id, new NewPost(group?.Id, kind, body, title, topics)));

    private static string? ErrorCode(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static string ErrorMessage(JsonElement response) => response.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
