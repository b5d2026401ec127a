using System.Text.Json;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>
/// postCoverageChanged through the outbox: the author follows an announcement's coverage live; others
/// are refused as the reach fields refuse them; views of other posts record no coverage event.
/// </summary>
public sealed class AnnouncementSubscriptionTests : IAsyncLifetime
{
    private CommunityApi _api = null!;
    private CancellationTokenSource _timeout = null!;
    private Post _announcement = null!;

    public async Task InitializeAsync()
    {
        _api = await CommunityApi.CreateAsync();
        _timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        _announcement = await _api.Service<PostService, Post>(s => s.CreateAsync(_api.Ada.Id, new NewPost(null, PostKind.Announcement, "Read me",
            Audience: new NewAudience(GroupIds: [_api.Engineering.Id]), RequiresAcknowledgement: true)));
    }

    public async Task DisposeAsync()
    {
        _timeout.Dispose();
        await _api.DisposeAsync();
    }

    private string AnnouncementId => CommunityApi.Id("Post", _announcement.Id);

    [Fact]
    public async Task The_author_sees_the_coverage_move_as_members_see_and_acknowledge()
    {
        await using var ada = await _api.SubscribeAsync(_api.Ada, $$"""subscription { postCoverageChanged(postId: "{{AnnouncementId}}") { targeted seen acknowledged seenRate } }""", _timeout.Token);

        await _api.Service<PostService, PostView>(s => s.RecordViewAsync(_api.Bob.Id, _announcement.Id));
        var seen = await NextAsync(ada);
        await _api.Service<AnnouncementService, PostAcknowledgement>(s => s.AcknowledgeAsync(_api.Gus.Id, _announcement.Id));
        var acknowledged = await NextAsync(ada);

        // Engineering: Ada (owner), Bob, Gus.
        Assert.Equal((3, 1, 0), (seen.GetProperty("targeted").GetInt32(), seen.GetProperty("seen").GetInt32(), seen.GetProperty("acknowledged").GetInt32()));
        Assert.Equal((3, 2, 1), (acknowledged.GetProperty("targeted").GetInt32(), acknowledged.GetProperty("seen").GetInt32(), acknowledged.GetProperty("acknowledged").GetInt32()));
    }

    [Fact]
    public async Task Others_are_refused_as_the_reach_fields_refuse_them()
    {
        var member = await _api.RunAsync(_api.Bob, $$"""subscription { postCoverageChanged(postId: "{{AnnouncementId}}") { seen } }""");
        var secret = await _api.RunAsync(_api.Cleo, $$"""subscription { postCoverageChanged(postId: "{{CommunityApi.Id("Post", _api.SecretPost.Id)}}") { seen } }""");
        var unknown = await _api.RunAsync(_api.Cleo, $$"""subscription { postCoverageChanged(postId: "{{CommunityApi.Id("Post", 999_999)}}") { seen } }""");
        var update = await _api.RunAsync(_api.Bob, $$"""subscription { postCoverageChanged(postId: "{{CommunityApi.Id("Post", _api.EngineeringPost.Id)}}") { seen } }""");

        Assert.Equal("AUTH_NOT_AUTHORIZED", ErrorCode(member));
        Assert.Equal("NOT_FOUND", ErrorCode(secret));
        Assert.Equal(ErrorMessage(secret).Replace(CommunityApi.Id("Post", _api.SecretPost.Id), "?", StringComparison.Ordinal),
            ErrorMessage(unknown).Replace(CommunityApi.Id("Post", 999_999), "?", StringComparison.Ordinal));
        Assert.Equal("NOT_AN_ANNOUNCEMENT", ErrorCode(update));
    }

    [Fact]
    public async Task Views_of_posts_that_are_not_announcements_record_no_coverage_event()
    {
        await _api.Service<PostService, PostView>(s => s.RecordViewAsync(_api.Cleo.Id, _api.EngineeringPost.Id));
        await _api.Service<PostService, PostView>(s => s.RecordViewAsync(_api.Bob.Id, _announcement.Id));

        await using var db = _api.Database.CreateContext();
        var coverage = await db.OutboxEvents.Where(e => e.Type == OutboxEventType.PostCoverageChanged).Select(e => e.PostId).ToListAsync();
        Assert.Equal([_announcement.Id], coverage);
    }

    private static async Task<JsonElement> NextAsync(IAsyncEnumerator<JsonElement> events)
    {
        Assert.True(await events.MoveNextAsync());
        return CommunitySchemaTests.Data(events.Current).GetProperty("postCoverageChanged");
    }

    private static string? ErrorCode(JsonElement response) =>
        response.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private static string ErrorMessage(JsonElement response) => response.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
