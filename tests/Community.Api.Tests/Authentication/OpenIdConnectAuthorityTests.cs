using System.Net;
using System.Security.Cryptography;
using Community.Api.Tests.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Community.Api.Tests.Authentication;

/// <summary>
/// The production setup: the server trusts an OpenID Connect authority, here a real HTTP server on 127.0.0.1 that
/// publishes its metadata and an RSA key, as an identity provider does.
/// </summary>
public sealed class OpenIdConnectAuthorityTests : IAsyncLifetime
{
    private const string Audience = "api://community-graph";

    private readonly RSA _providerKey = RSA.Create(2048);
    private WebApplication? _provider;
    private string _authority = "";

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _provider = builder.Build();
        _provider.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = _authority,
            ["jwks_uri"] = _authority + "/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        _provider.MapGet("/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_providerKey.ExportParameters(false)) { KeyId = "provider-key" });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, use = "sig", alg = "RS256", n = jwk.N, e = jwk.E } } });
        });
        await _provider.StartAsync();
        _authority = _provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        _providerKey.Dispose();
    }

    [Fact]
    public async Task A_token_signed_by_the_authority_signs_the_member_in_and_one_signed_by_anyone_else_is_refused()
    {
        using var server = ApiServer.With(builder => builder
            .UseSetting("Authentication:SigningKey", "")
            .UseSetting("Authentication:Issuer", "")
            .UseSetting("Authentication:Authority", _authority)
            .UseSetting("Authentication:Audience", Audience)
            .UseSetting("Authentication:RequireHttpsMetadata", "false"));
        using var impostorKey = RSA.Create(2048);

        using var accepted = await server.PostQueryAsync(Token(_providerKey, _authority));
        using var impostor = await server.PostQueryAsync(Token(impostorKey, _authority));
        using var foreignIssuer = await server.PostQueryAsync(Token(_providerKey, "https://other-provider.example"));

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Entra User", (await server.MemberAsync("oidc-subject-1"))?.DisplayName);
        Assert.Contains("signature", (await SignInServer.ErrorAsync(impostor)).Message);
        Assert.Contains("issuer", (await SignInServer.ErrorAsync(foreignIssuer)).Message);
    }

    private static string Token(RSA key, string issuer) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Claims = new Dictionary<string, object> { ["sub"] = "oidc-subject-1", ["email"] = "entra.user@corp.example", ["name"] = "Entra User" },
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = "provider-key" }, SecurityAlgorithms.RsaSha256),
    });
}
