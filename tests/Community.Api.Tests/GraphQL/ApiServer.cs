using System.Net;
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

    public ApiServer()
        : this("Development")
    {
    }

    private ApiServer(string environment)
    {
        _environment = environment;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        GraphQLEndpoint = new Uri(address.TrimEnd('/') + "/graphql");
    }

    /// <summary>A server in another environment (Production, to check what is off there).</summary>
    public static ApiServer In(string environment) => new(environment);

    /// <summary>The GraphQL endpoint, e.g. <c>http://127.0.0.1:40123/graphql</c>.</summary>
    public Uri GraphQLEndpoint { get; }

    public Uri WebSocketEndpoint => new UriBuilder(GraphQLEndpoint) { Scheme = "ws" }.Uri;

    /// <summary>The server's own SQLite file, removed on dispose.</summary>
    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), $"community-api-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Database:SeedDemoData", "false");
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
