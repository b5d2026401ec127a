using Microsoft.AspNetCore.Builder;

namespace Community.GraphQL.AspNetCore;

/// <summary>Applies conventions (authorization, CORS, metadata) to every endpoint <c>MapGraphQL</c> adds.</summary>
internal sealed class GraphQLEndpointConventionBuilder(params IEndpointConventionBuilder[] builders) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}
