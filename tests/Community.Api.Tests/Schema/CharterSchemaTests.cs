using System.Text.Json;
using Community.Domain.Services;

namespace Community.Api.Tests.Schema;

/// <summary>The community charter through the API: publishing (admins), reading, accepting the version read.</summary>
public sealed class CharterSchemaTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private const string Publish = "mutation($body: String!) { publishCharter(input: { body: $body }) { charter { version body } " + Errors + " } }";

    private const string Accept = "mutation($version: Int!) { acceptCharter(input: { version: $version }) { charter { version viewerAcceptedAt } " + Errors + " } }";

    private const string Read = "{ charter { version body bodyHtml publishedAt publishedBy { handle } viewerAcceptedAt } }";

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_admin_publishes_and_every_member_reads_the_current_version()
    {
        var before = Charter(await _api.RunAsync(_api.Gus, Read));
        var published = Payload(await _api.RunAsync(_api.Ada, Publish, new { body = "Be **kind**." }), "publishCharter");

        var asGus = Charter(await _api.RunAsync(_api.Gus, Read));

        Assert.Equal(JsonValueKind.Null, before.ValueKind);
        Assert.Equal(JsonValueKind.Null, published.GetProperty("errors").ValueKind);
        Assert.Equal(1, published.GetProperty("charter").GetProperty("version").GetInt32());
        Assert.Equal((1, "Be **kind**.", "ada"), (asGus.GetProperty("version").GetInt32(), asGus.GetProperty("body").GetString(), asGus.GetProperty("publishedBy").GetProperty("handle").GetString()));
        Assert.Contains("<strong>kind</strong>", asGus.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, asGus.GetProperty("publishedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, asGus.GetProperty("viewerAcceptedAt").ValueKind);
    }

    [Fact]
    public async Task Only_admins_publish_and_a_blank_body_is_refused()
    {
        var asBob = Payload(await _api.RunAsync(_api.Bob, Publish, new { body = "My rules" }), "publishCharter");
        var blank = Payload(await _api.RunAsync(_api.Ada, Publish, new { body = "  " }), "publishCharter");
        var anonymous = await _api.RunAsync(null, Read);

        AssertRefused(asBob, "NotAuthorizedError");
        AssertRefused(blank, "BodyEmptyError");
        Assert.Equal(0, await _api.CountAsync(db => db.Charters));
        Assert.Equal(Community.Api.Schema.SchemaErrorCodes.NotAuthenticated, CommunitySchemaTests.Code(anonymous));
    }

    [Fact]
    public async Task Accepting_the_current_version_shows_for_that_member_only_and_twice_keeps_the_first()
    {
        await _api.Service<CharterService, Community.Domain.Model.Charter>(s => s.PublishAsync(_api.Ada.Id, "Be kind."));

        var accepted = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 1 }), "acceptCharter");
        var again = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 1 }), "acceptCharter");
        var asBob = Charter(await _api.RunAsync(_api.Bob, Read));
        var asCleo = Charter(await _api.RunAsync(_api.Cleo, Read));

        Assert.Equal(JsonValueKind.Null, accepted.GetProperty("errors").ValueKind);
        var acceptedAt = accepted.GetProperty("charter").GetProperty("viewerAcceptedAt").GetString();
        Assert.NotNull(acceptedAt);
        Assert.Equal(acceptedAt, again.GetProperty("charter").GetProperty("viewerAcceptedAt").GetString());
        Assert.Equal(acceptedAt, asBob.GetProperty("viewerAcceptedAt").GetString());
        Assert.Equal(JsonValueKind.Null, asCleo.GetProperty("viewerAcceptedAt").ValueKind);
        Assert.Equal(1, await _api.CountAsync(db => db.CharterAcceptances));
    }

    [Fact]
    public async Task A_stale_version_is_refused_and_writes_nothing()
    {
        await _api.Service<CharterService, Community.Domain.Model.Charter>(s => s.PublishAsync(_api.Ada.Id, "Be kind."));
        await _api.Service<CharterService, Community.Domain.Model.Charter>(s => s.PublishAsync(_api.Ada.Id, "Be kind. Be curious."));

        var stale = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 1 }), "acceptCharter");
        var future = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 3 }), "acceptCharter");

        var error = AssertRefused(stale, "CharterVersionStaleError");
        Assert.Equal("CHARTER_VERSION_STALE", error.GetProperty("code").GetString());
        AssertRefused(future, "CharterVersionStaleError");
        Assert.Equal(0, await _api.CountAsync(db => db.CharterAcceptances));
        Assert.Equal(JsonValueKind.Null, Charter(await _api.RunAsync(_api.Bob, Read)).GetProperty("viewerAcceptedAt").ValueKind);
    }

    [Fact]
    public async Task Nothing_to_accept_before_a_charter_is_published()
    {
        var refused = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 1 }), "acceptCharter");

        AssertRefused(refused, "CharterNotPublishedError");
        Assert.Equal(0, await _api.CountAsync(db => db.CharterAcceptances));
    }

    [Fact]
    public async Task A_new_version_asks_every_member_again()
    {
        await _api.Service<CharterService, Community.Domain.Model.Charter>(s => s.PublishAsync(_api.Ada.Id, "Be kind."));
        Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 1 }), "acceptCharter");

        var published = Payload(await _api.RunAsync(_api.Ada, Publish, new { body = "Be kind. Be curious." }), "publishCharter");
        var afterNewVersion = Charter(await _api.RunAsync(_api.Bob, Read));
        var accepted = Payload(await _api.RunAsync(_api.Bob, Accept, new { version = 2 }), "acceptCharter");

        Assert.Equal(2, published.GetProperty("charter").GetProperty("version").GetInt32());
        Assert.Equal(2, afterNewVersion.GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, afterNewVersion.GetProperty("viewerAcceptedAt").ValueKind);
        Assert.Equal(JsonValueKind.String, accepted.GetProperty("charter").GetProperty("viewerAcceptedAt").ValueKind);
        Assert.Equal(2, await _api.CountAsync(db => db.CharterAcceptances));
    }

    private static JsonElement Charter(JsonElement response) => CommunitySchemaTests.Data(response).GetProperty("charter");

    private static JsonElement Payload(JsonElement response, string mutation) =>
        CommunitySchemaTests.Data(response).GetProperty(mutation);

    private static JsonElement AssertRefused(JsonElement payload, string errorType)
    {
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("charter").ValueKind);
        var error = payload.GetProperty("errors")[0];
        Assert.Equal(errorType, error.GetProperty("__typename").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        return error;
    }
}
