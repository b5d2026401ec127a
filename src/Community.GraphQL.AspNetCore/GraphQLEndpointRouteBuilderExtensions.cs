using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.AspNetCore;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves GraphQL at <paramref name="pattern"/>: POST and GET (GraphQL over HTTP), WebSocket
    /// upgrades (graphql-transport-ws and the legacy graphql-ws), SSE (<c>Accept: text/event-stream</c>),
    /// <c>GET ?sdl</c> and the IDE page. Requires <c>AddGraphQLEndpoint</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = endpoints.ServiceProvider.GetService<GraphQLEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLEndpoint(...) before MapGraphQL.");
        return endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL " + pattern);
    }
}
