using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.AspNetCore.Ide;
using Community.GraphQL.AspNetCore.Sse;
using Community.GraphQL.AspNetCore.WebSockets;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Community.GraphQL.AspNetCore;

/// <summary>Registers the GraphQL endpoint's services.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Adds what <c>MapGraphQL</c> serves: the executor (created once by <paramref name="executorFactory"/>),
    /// the HTTP, WebSocket and SSE transports and their options.
    /// </summary>
    public static IServiceCollection AddGraphQLEndpoint(
        this IServiceCollection services,
        Func<IServiceProvider, IRequestExecutor> executorFactory,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(executorFactory);
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(executorFactory);
        services.TryAddSingleton<GraphQLIdeSettings>();
        services.TryAddSingleton<IdeAssets>();
        services.TryAddSingleton<IdeAssetHandler>();
        services.TryAddSingleton<GraphQLHttpHandler>();
        services.TryAddSingleton<GraphQLWebSocketHandler>();
        services.TryAddSingleton<GraphQLSseHandler>();
        services.TryAddSingleton<GraphQLEndpoint>();
        services.AddTransient<IStartupFilter, WebSocketStartupFilter>();
        return services;
    }

    /// <summary>
    /// Adds the in-memory <see cref="IEventBus"/> for one node. On shutdown it stops taking
    /// subscriptions and lets each subscriber drain what was already published.
    /// </summary>
    public static IServiceCollection AddInMemoryEventBus(this IServiceCollection services, Action<EventBusOptions>? configure = null)
    {
        var options = new EventBusOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(_ => new InMemoryEventBus(options));
        services.TryAddSingleton<IEventBus>(sp => sp.GetRequiredService<InMemoryEventBus>());
        services.AddHostedService<EventBusShutdown>();
        return services;
    }

    /// <summary>Puts the WebSocket middleware first in the pipeline, so upgrades reach <c>MapGraphQL</c> without the host adding it.</summary>
    private sealed class WebSocketStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets();
            next(app);
        };
    }

    /// <summary>Completes the in-memory bus as soon as the host starts stopping.</summary>
    private sealed class EventBusShutdown(InMemoryEventBus bus, IHostApplicationLifetime lifetime) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            lifetime.ApplicationStopping.Register(bus.Complete);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
