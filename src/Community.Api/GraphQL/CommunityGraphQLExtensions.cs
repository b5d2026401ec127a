using Community.Api.Demo;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;

namespace Community.Api.GraphQL;

/// <summary>The host's GraphQL wiring: the schema, its executor, the event bus and the endpoint settings.</summary>
internal static class CommunityGraphQLExtensions
{
    /// <summary>
    /// Adds the GraphQL endpoint over the demo schema with the in-memory event bus. Settings come
    /// from the <c>GraphQL</c> configuration section (names of <see cref="GraphQLServerOptions"/>).
    /// </summary>
    public static IServiceCollection AddCommunityGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphQL");
        services.AddInMemoryEventBus(bus => section.Bind(bus));
        services.AddGraphQLEndpoint(
            provider => new RequestExecutor(DemoSchema.Create(provider.GetRequiredService<IEventBus>(), TimeProvider.System)),
            options =>
            {
                section.Bind(options);
                options.SchemaPrinter = SchemaPrinter.Print;
            });
        return services;
    }

    /// <summary>Maps GraphQL (HTTP, WebSocket, SSE, SDL, IDE) at <c>/graphql</c>.</summary>
    public static IEndpointConventionBuilder MapCommunityGraphQL(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGraphQL("/graphql");
}
