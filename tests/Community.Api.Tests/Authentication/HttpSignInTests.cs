using System.Net;
using Community.Api.Authentication;
using Community.Api.Tests.GraphQL;
using Community.Domain.Model;

namespace Community.Api.Tests.Authentication;

/// <summary>GraphQL over HTTP with and without a valid token, and the member a token signs in.</summary>
public sealed class HttpSignInTests(ProbedApiServer fixture) : IClassFixture<ProbedApiServer>
{
    private readonly ApiServer _server = fixture.Server;

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Without_a_token_a_request_is_answered_401_with_a_coded_error_and_a_bearer_challenge(string accept)
    {
        using var response = await _server.PostQueryAsync(token: null, accept: accept);

        var (status, code, message) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated), (status, code));
        Assert.Contains("Authorization: Bearer", message);
        Assert.Equal(accept, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { "expired", "expired" },
        { "wrong issuer", "issuer" },
        { "wrong audience", "audience" },
        { "wrong signature", "signature" },
        { "not a JWT", "well-formed" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task A_refused_token_is_answered_401_saying_why(string kind, string reason)
    {
        var settings = _server.SignInSettings;
        var request = new DevelopmentTokenRequest($"refused-{kind.Replace(' ', '-')}", "refused@example.com", "Refused", TimeSpan.FromHours(1));
        var token = kind switch
        {
            "expired" => DevelopmentTokenIssuer.Issue(settings, request with { Lifetime = TimeSpan.FromMinutes(5) }, DateTime.UtcNow.AddHours(-1)),
            "wrong issuer" => DevelopmentTokenIssuer.Issue(Copy(settings, issuer: "https://elsewhere.example"), request, DateTime.UtcNow),
            "wrong audience" => DevelopmentTokenIssuer.Issue(Copy(settings, audience: "another-api"), request, DateTime.UtcNow),
            "wrong signature" => DevelopmentTokenIssuer.Issue(Copy(settings, key: "a-different-key-that-is-long-enough-for-hs256"), request, DateTime.UtcNow),
            _ => "not-a-token",
        };

        using var response = await _server.PostQueryAsync(token);

        var (status, code, message) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated), (status, code));
        Assert.Contains(reason, message);
        Assert.Contains("invalid_token", Assert.Single(response.Headers.WwwAuthenticate).Parameter);
        Assert.Null(await _server.MemberAsync(request.Subject));
    }

    [Fact]
    public async Task A_valid_token_is_answered()
    {
        using var response = await _server.PostQueryAsync(_server.Token("valid"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_first_request_creates_the_member_from_the_token_and_the_user_carries_its_id()
    {
        var token = _server.Token(new DevelopmentTokenRequest("corp|1001", "Grace.Hopper@corp.example", "Grace Hopper", TimeSpan.FromHours(1),
            Role: "moderator", IsGuest: true, Department: "Research", Title: "Rear admiral"));

        using var response = await _server.PostQueryAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var member = Assert.IsType<Member>(await _server.MemberAsync("corp|1001"));
        Assert.Equal(("grace.hopper", "grace.hopper@corp.example", "Grace Hopper"), (member.Handle, member.Email, member.DisplayName));
        Assert.Equal(("Research", "Rear admiral", MemberRole.Moderator, MemberKind.Guest), (member.Department, member.Title, member.Role, member.Kind));
        Assert.NotNull(member.FirstSignedInAt);
        Assert.Equal($"{member.Id} Moderator guest", await _server.WhoAmIAsync(token));
    }

    [Fact]
    public async Task Changed_claims_update_the_profile_at_the_next_request()
    {
        var first = new DevelopmentTokenRequest("corp|1002", "alan@corp.example", "Alan Turing", TimeSpan.FromHours(1), Department: "Maths");
        using (await _server.PostQueryAsync(_server.Token(first)))
        {
        }

        var changed = first with { DisplayName = "Alan M. Turing", Department = "Computing", Title = "Fellow", Role = "admin" };
        using var response = await _server.PostQueryAsync(_server.Token(changed));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var member = Assert.IsType<Member>(await _server.MemberAsync("corp|1002"));
        Assert.Equal(("Alan M. Turing", "Computing", "Fellow", MemberRole.Admin), (member.DisplayName, member.Department, member.Title, member.Role));
        Assert.Equal($"{member.Id} Admin employee", await _server.WhoAmIAsync(_server.Token(changed)));
    }

    [Fact]
    public async Task A_member_disabled_in_the_community_is_answered_403()
    {
        var admin = await _server.MembersAsync(m => m.RegisterAsync("corp|admin", "boss", "boss@corp.example", "Boss", MemberKind.Employee, MemberRole.Admin));
        var member = await _server.MembersAsync(m => m.RegisterAsync("corp|1003", "mallory", "mallory@corp.example", "Mallory", MemberKind.Employee));
        await _server.MembersAsync(m => m.SetEnabledAsync(admin.Id, member.Id, enabled: false));

        using var response = await _server.PostQueryAsync(_server.Token(
            new DevelopmentTokenRequest("corp|1003", "mallory@corp.example", "Mallory", TimeSpan.FromHours(1))));

        var (status, code, message) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Forbidden, AuthErrorCodes.NotAuthorized), (status, code));
        Assert.Contains("@mallory is disabled", message);
        Assert.Equal(0, await _server.SignInsAsync(member.Id));
    }

    [Fact]
    public async Task A_token_without_an_email_claim_is_answered_401_naming_the_claim()
    {
        var token = _server.Token(new DevelopmentTokenRequest("corp|1004", "", "No Mail", TimeSpan.FromHours(1)));

        using var response = await _server.PostQueryAsync(token);

        var (status, code, message) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated), (status, code));
        Assert.Contains("'email' claim", message);
        Assert.Null(await _server.MemberAsync("corp|1004"));
    }

    [Fact]
    public async Task Health_stays_open()
    {
        using var client = new HttpClient();

        using var response = await client.GetAsync(new Uri(_server.GraphQLEndpoint, "/health"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_ide_page_stays_open_but_a_query_sent_with_get_from_a_browser_does_not()
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");

        using var page = await client.GetAsync(_server.GraphQLEndpoint);
        using var query = await client.GetAsync(_server.GraphQLEndpoint + "?query=%7B__typename%7D");
        using var sdl = await client.GetAsync(_server.GraphQLEndpoint + "?sdl");
        using var persisted = await client.GetAsync(_server.GraphQLEndpoint + "?extensions=%7B%7D");

        Assert.Equal((HttpStatusCode.OK, "text/html"), (page.StatusCode, page.Content.Headers.ContentType?.MediaType));
        Assert.Contains("graphiql", await page.Content.ReadAsStringAsync());
        Assert.Equal(AuthErrorCodes.NotAuthenticated, (await SignInServer.ErrorAsync(query)).Code);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (sdl.StatusCode, persisted.StatusCode));
    }

    [Fact]
    public async Task A_subscription_over_sse_without_a_token_is_answered_401()
    {
        using var response = await _server.PostQueryAsync(token: null, "subscription { postCreated { id } }", accept: "text/event-stream");

        var (status, code, _) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated), (status, code));
    }

    [Fact]
    public async Task A_production_server_without_sign_in_settings_accepts_no_token_not_even_a_development_one()
    {
        await using var production = ApiServer.In("Production");

        using var response = await production.PostQueryAsync(_server.Token("in-production"));

        var (status, code, message) = await SignInServer.ErrorAsync(response);
        Assert.Equal((HttpStatusCode.Unauthorized, AuthErrorCodes.NotAuthenticated), (status, code));
        Assert.Contains("Sign-in is not configured", message);
    }

    private static CommunityAuthenticationOptions Copy(CommunityAuthenticationOptions settings, string? issuer = null, string? audience = null, string? key = null) =>
        new()
        {
            Issuer = issuer ?? settings.Issuer,
            Audience = audience ?? settings.Audience,
            SigningKey = key ?? settings.SigningKey,
            Claims = settings.Claims,
        };
}
