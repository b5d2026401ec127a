using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>
/// Editing, rescheduling, pinning and deleting posts and comments, and the admins' account mutations,
/// through the API: what they change, who may, and that a refusal changes nothing and names nothing hidden.
/// </summary>
public sealed class PostEditingMutationTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private string EngineeringPost => CommunityApi.Id("Post", _api.EngineeringPost.Id);

    [Fact]
    public async Task The_author_edits_a_post_and_others_are_refused_without_a_change()
    {
        var edited = Payload(await _api.RunAsync(_api.Bob, $$"""
            mutation($id: ID!) { editPost(input: { postId: $id, title: "Build", body: "Shipped the build, @cleo" }) { post { title body editedAt } {{Errors}} } }
            """, new { id = EngineeringPost }), "editPost");

        Assert.Equal(JsonValueKind.Null, edited.GetProperty("errors").ValueKind);
        Assert.Equal(("Build", "Shipped the build, @cleo"), (edited.GetProperty("post").GetProperty("title").GetString(), edited.GetProperty("post").GetProperty("body").GetString()));
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("post").GetProperty("editedAt").ValueKind);

        var refused = Payload(await _api.RunAsync(_api.Cleo, $$"""
            mutation($id: ID!) { editPost(input: { postId: $id, body: "Mine now" }) { post { id } {{Errors}} } }
            """, new { id = EngineeringPost }), "editPost");
        AssertRefused(refused, "post", "NotAuthorizedError");
        var empty = Payload(await _api.RunAsync(_api.Bob, $$"""
            mutation($id: ID!) { editPost(input: { postId: $id, body: "  " }) { post { id } {{Errors}} } }
            """, new { id = EngineeringPost }), "editPost");
        AssertRefused(empty, "post", "BodyEmptyError");
        await using var db = _api.Database.CreateContext();
        Assert.Equal("Shipped the build, @cleo", (await db.Posts.SingleAsync(p => p.Id == _api.EngineeringPost.Id)).Body);
    }

    [Fact]
    public async Task A_post_in_a_secret_group_is_not_found_and_not_named_for_outsiders()
    {
        foreach (var mutation in new[] { "editPost(input: { postId: $id, body: \"x\" }) { post { id }", "deletePost(input: { postId: $id }) { deletedPostId", "pinPost(input: { postId: $id }) { post { id }", "reschedulePost(input: { postId: $id }) { post { id }" })
        {
            var response = await _api.RunAsync(_api.Cleo, $"mutation($id: ID!) {{ {mutation} {Errors} }} }}", new { id = CommunityApi.Id("Post", _api.SecretPost.Id) });

            var payload = CommunitySchemaTests.Data(response).EnumerateObject().Single().Value;
            var error = payload.GetProperty("errors")[0];
            Assert.Equal("PostNotFoundError", error.GetProperty("__typename").GetString());
            Assert.DoesNotContain("secret", error.GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Project X", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
        }

        await using var db = _api.Database.CreateContext();
        var secret = await db.Posts.SingleAsync(p => p.Id == _api.SecretPost.Id);
        Assert.Equal(("The secret plan", false, (DateTime?)null), (secret.Body, secret.IsPinned, secret.DeletedAt));
    }

    [Fact]
    public async Task A_deleted_post_leaves_every_list_and_count()
    {
        const string Count = "{ posts { totalCount } }";
        var before = CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Count)).GetProperty("posts").GetProperty("totalCount").GetInt32();

        var deleted = Payload(await _api.RunAsync(_api.Bob, $$"""
            mutation($id: ID!) { deletePost(input: { postId: $id }) { deletedPostId {{Errors}} } }
            """, new { id = EngineeringPost }), "deletePost");

        Assert.Equal(EngineeringPost, deleted.GetProperty("deletedPostId").GetString());
        Assert.Equal(before - 1, CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, Count)).GetProperty("posts").GetProperty("totalCount").GetInt32());
        var node = await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } }", new { id = EngineeringPost });
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(node).GetProperty("node").ValueKind);
        var again = Payload(await _api.RunAsync(_api.Bob, $$"""
            mutation($id: ID!) { deletePost(input: { postId: $id }) { deletedPostId {{Errors}} } }
            """, new { id = EngineeringPost }), "deletePost");
        AssertRefused(again, "deletedPostId", "PostNotFoundError");
    }

    [Fact]
    public async Task Moderators_pin_and_unpin_and_members_may_not()
    {
        const string Pin = "mutation($id: ID!) { pinPost(input: { postId: $id }) { post { isPinned } " + Errors + " } }";

        AssertRefused(Payload(await _api.RunAsync(_api.Bob, Pin, new { id = EngineeringPost }), "pinPost"), "post", "NotAuthorizedError");
        var pinned = Payload(await _api.RunAsync(_api.Ada, Pin, new { id = EngineeringPost }), "pinPost");
        Assert.True(pinned.GetProperty("post").GetProperty("isPinned").GetBoolean());
        var feed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, "{ feed(first: 5) { nodes { id } } }")).GetProperty("feed").GetProperty("nodes");
        Assert.Equal(EngineeringPost, feed[0].GetProperty("id").GetString());

        var unpinned = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { unpinPost(input: { postId: $id }) { post { isPinned } " + Errors + " } }",
            new { id = EngineeringPost }), "unpinPost");
        Assert.False(unpinned.GetProperty("post").GetProperty("isPinned").GetBoolean());
    }

    [Fact]
    public async Task A_scheduled_post_is_rescheduled_then_published_now_and_stays_published()
    {
        var publishAt = DateTimeOffset.UtcNow.AddDays(5);
        var scheduled = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Bob.Id,
            new NewPost(_api.Engineering.Id, PostKind.Update, "Next week", PublishAt: publishAt.UtcDateTime)));
        var id = CommunityApi.Id("Post", scheduled.Id);
        const string Reschedule = "mutation($id: ID!, $at: DateTime) { reschedulePost(input: { postId: $id, publishAt: $at }) { post { publishedAt } " + Errors + " } }";

        var moved = Payload(await _api.RunAsync(_api.Bob, Reschedule, new { id, at = publishAt.AddDays(1).ToString("O") }), "reschedulePost");
        Assert.Equal(publishAt.AddDays(1).UtcDateTime, DateTimeOffset.Parse(moved.GetProperty("post").GetProperty("publishedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } }", new { id })).GetProperty("node").ValueKind);

        var now = Payload(await _api.RunAsync(_api.Bob, Reschedule, new { id, at = (string?)null }), "reschedulePost");
        Assert.Equal(JsonValueKind.Null, now.GetProperty("errors").ValueKind);
        Assert.Equal(id, CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "query($id: ID!) { node(id: $id) { id } }", new { id })).GetProperty("node").GetProperty("id").GetString());

        var late = Payload(await _api.RunAsync(_api.Bob, Reschedule, new { id, at = publishAt.ToString("O") }), "reschedulePost");
        AssertRefused(late, "post", "InvalidInputError");
    }

    [Fact]
    public async Task The_author_edits_and_deletes_a_comment_and_the_count_follows()
    {
        var comment = await _api.Service<CommentService, Comment>(s => s.AddAsync(_api.Cleo.Id, _api.EngineeringPost.Id, "First!"));
        var id = CommunityApi.Id("Comment", comment.Id);
        const string Edit = "mutation($id: ID!, $body: String!) { editComment(input: { commentId: $id, body: $body }) { comment { body editedAt } " + Errors + " } }";
        const string Count = "query($id: ID!) { node(id: $id) { ... on Post { commentCount } } }";

        AssertRefused(Payload(await _api.RunAsync(_api.Bob, Edit, new { id, body = "Second" }), "editComment"), "comment", "NotAuthorizedError");
        var edited = Payload(await _api.RunAsync(_api.Cleo, Edit, new { id, body = "Second!" }), "editComment");
        Assert.Equal("Second!", edited.GetProperty("comment").GetProperty("body").GetString());
        Assert.Equal(1, CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Count, new { id = EngineeringPost })).GetProperty("node").GetProperty("commentCount").GetInt32());

        var deleted = Payload(await _api.RunAsync(_api.Cleo, "mutation($id: ID!) { deleteComment(input: { commentId: $id }) { deletedCommentId " + Errors + " } }", new { id }), "deleteComment");

        Assert.Equal(id, deleted.GetProperty("deletedCommentId").GetString());
        Assert.Equal(0, CommunitySchemaTests.Data(await _api.RunAsync(_api.Bob, Count, new { id = EngineeringPost })).GetProperty("node").GetProperty("commentCount").GetInt32());
        AssertRefused(Payload(await _api.RunAsync(_api.Cleo, Edit, new { id, body = "Back" }), "editComment"), "comment", "CommentNotFoundError");
    }

    [Fact]
    public async Task Admins_set_roles_and_disable_accounts_and_a_disabled_member_is_refused()
    {
        const string Role = "mutation($id: ID!) { setMemberRole(input: { memberId: $id, role: MODERATOR }) { member { role } " + Errors + " } }";
        const string Disable = "mutation($id: ID!) { disableMember(input: { memberId: $id }) { member { isEnabled } " + Errors + " } }";
        var cleo = CommunityApi.Id("Member", _api.Cleo.Id);

        AssertRefused(Payload(await _api.RunAsync(_api.Bob, Role, new { id = cleo }), "setMemberRole"), "member", "NotAuthorizedError");
        AssertRefused(Payload(await _api.RunAsync(_api.Bob, Disable, new { id = cleo }), "disableMember"), "member", "NotAuthorizedError");
        Assert.Equal("MODERATOR", Payload(await _api.RunAsync(_api.Ada, Role, new { id = cleo }), "setMemberRole").GetProperty("member").GetProperty("role").GetString());

        var disabled = Payload(await _api.RunAsync(_api.Ada, Disable, new { id = cleo }), "disableMember");

        Assert.False(disabled.GetProperty("member").GetProperty("isEnabled").GetBoolean());
        var refused = await _api.RunAsync(_api.Cleo, "{ me { handle } }");
        Assert.Equal("AUTH_NOT_AUTHORIZED", refused.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var enabled = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { enableMember(input: { memberId: $id }) { member { isEnabled } " + Errors + " } }", new { id = cleo }), "enableMember");
        Assert.True(enabled.GetProperty("member").GetProperty("isEnabled").GetBoolean());
        Assert.Equal("cleo", CommunitySchemaTests.Data(await _api.RunAsync(_api.Cleo, "{ me { handle } }")).GetProperty("me").GetProperty("handle").GetString());
    }

    private static JsonElement Payload(JsonElement response, string mutation) =>
        CommunitySchemaTests.Data(response).GetProperty(mutation);

    private static void AssertRefused(JsonElement payload, string field, string errorType)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty(field).ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }
}
