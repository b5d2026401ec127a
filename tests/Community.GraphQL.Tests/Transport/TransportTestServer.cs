using Community.GraphQL.AspNetCore;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Community.GraphQL.Tests.Transport;

/// <summary>A Kestrel server on 127.0.0.1 with a free port serving <c>/graphql</c> with the given executor.</summary>
public sealed class TransportTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TransportTestServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The endpoint, e.g. <c>http://127.0.0.1:40123/graphql</c>.</summary>
    public Uri Address { get; }

    public Uri WebSocketAddress => new UriBuilder(Address) { Scheme = "ws" }.Uri;

    public IServiceProvider Services => _app.Services;

    public static async Task<TransportTestServer> StartAsync(
        IRequestExecutor executor,
        Action<GraphQLServerOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        string environment = "Development",
        Action<WebApplication>? pipeline = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLEndpoint(_ => executor, configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        pipeline?.Invoke(app);
        app.MapGraphQL("/graphql");
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TransportTestServer(app, new Uri(address.TrimEnd('/') + "/graphql"));
    }

    /// <summary>Stops the host as a shutdown signal would, without disposing it.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
