using Community.GraphQL.AspNetCore.Ide;
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
    /// <c>GET ?sdl</c> and the IDE page, whose files are served below it
    /// (<c>{pattern}/ide/{version}/{file}</c>). Requires <c>AddGraphQLEndpoint</c>. Conventions
    /// added to the result apply to both.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var endpoint = endpoints.ServiceProvider.GetService<GraphQLEndpoint>()
            ?? throw new InvalidOperationException("Call services.AddGraphQLEndpoint(...) before MapGraphQL.");
        var assets = endpoints.ServiceProvider.GetRequiredService<IdeAssetHandler>();
        var assetPattern = $"{pattern.TrimEnd('/')}/ide/{{{IdeAssetHandler.VersionRouteValue}}}/{{{IdeAssetHandler.FileRouteValue}}}";
        return new GraphQLEndpointConventionBuilder(
            endpoints.Map(pattern, endpoint.HandleAsync).WithDisplayName("GraphQL " + pattern),
            endpoints.MapMethods(assetPattern, ["GET", "HEAD"], assets.HandleAsync).WithDisplayName("GraphQL IDE files " + pattern));
    }
}
