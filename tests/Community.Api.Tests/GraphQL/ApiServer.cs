using System.Net;
using System.Net.Http.Headers;
using Community.Api.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.GraphQL;

/// <summary>The whole API on Kestrel at 127.0.0.1 with a free port, for clients that need real sockets.</summary>
public sealed class ApiServer : WebApplicationFactory<Program>
{
    private readonly string _environment;
    private readonly Action<IWebHostBuilder>? _configure;

    public ApiServer()
        : this("Development", null)
    {
    }

    private ApiServer(string environment, Action<IWebHostBuilder>? configure)
    {
        _environment = environment;
        _configure = configure;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        GraphQLEndpoint = new Uri(address.TrimEnd('/') + "/graphql");
    }

    /// <summary>A server in another environment (Production, to check what is off there).</summary>
    public static ApiServer In(string environment) => new(environment, null);

    /// <summary>A Development server with more settings or services (a manual clock, a probe endpoint).</summary>
    public static ApiServer With(Action<IWebHostBuilder> configure) => new("Development", configure);

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:40123/graphql</c>.</summary>
    public Uri GraphQLEndpoint { get; }

    public Uri WebSocketEndpoint => new UriBuilder(GraphQLEndpoint) { Scheme = "ws" }.Uri;

    /// <summary>The server's own SQLite file, removed on dispose.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"community-api-{Guid.NewGuid():N}.db");

    /// <summary>The sign-in settings the server runs with (Development's key, issuer and audience).</summary>
    internal CommunityAuthenticationOptions SignInSettings => Services.GetRequiredService<CommunityAuthenticationOptions>();

    /// <summary>A valid token for <paramref name="subject"/>, signed with the server's key, valid for an hour.</summary>
    internal string Token(string subject = "tester", string? role = null) =>
        Token(new DevelopmentTokenRequest(subject, $"{subject}@example.com", subject, TimeSpan.FromHours(1), role));

    internal string Token(DevelopmentTokenRequest request) => DevelopmentTokenIssuer.Issue(SignInSettings, request, DateTime.UtcNow);

    /// <summary>A client that sends <paramref name="subject"/>'s token with every request.</summary>
    public HttpClient SignedInClient(string subject = "tester")
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(subject));
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Database:SeedDemoData", "false");
        _configure?.Invoke(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        foreach (var file in new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
