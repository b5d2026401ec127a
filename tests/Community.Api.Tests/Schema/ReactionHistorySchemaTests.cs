using Microsoft.EntityFrameworkCore;

namespace Community.Api.Tests.Schema;

/// <summary>Reaction history is kept beside the standing reactions: what the API counts and shows is only what stands.</summary>
public sealed class ReactionHistorySchemaTests : IAsyncLifetime
{
    private const string Figures = "query($id: ID!) { node(id: $id) { ... on Post { reactionCounts { kind count } viewerReaction } } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Changed_and_withdrawn_reactions_count_only_as_they_stand_while_their_history_is_kept()
    {
        var postId = CommunityApi.Id("Post", _api.EngineeringPost.Id);
        const string React = "mutation($id: ID!, $kind: ReactionKind!) { reactToPost(input: { postId: $id, kind: $kind }) { errors { __typename } } }";
        await _api.RunAsync(_api.Ada, React, new { id = postId, kind = "LIKE" });
        await _api.RunAsync(_api.Ada, React, new { id = postId, kind = "INSIGHTFUL" });
        await _api.RunAsync(_api.Gus, React, new { id = postId, kind = "LIKE" });
        await _api.RunAsync(_api.Gus, "mutation($id: ID!) { removeReaction(input: { postId: $id }) { errors { __typename } } }", new { id = postId });

        var asAda = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Figures, new { id = postId })).GetProperty("node");
        var asGus = CommunitySchemaTests.Data(await _api.RunAsync(_api.Gus, Figures, new { id = postId })).GetProperty("node");

        Assert.Equal("""[{"kind":"INSIGHTFUL","count":1}]""", asAda.GetProperty("reactionCounts").GetRawText());
        Assert.Equal("INSIGHTFUL", asAda.GetProperty("viewerReaction").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, asGus.GetProperty("viewerReaction").ValueKind);
        await using var db = _api.Database.CreateContext();
        Assert.Equal(3, await db.ReactionPeriods.CountAsync(p => p.PostId == _api.EngineeringPost.Id));
        Assert.Equal(1, await db.ReactionPeriods.CountAsync(p => p.PostId == _api.EngineeringPost.Id && p.WithdrawnAt == null));
    }
}
