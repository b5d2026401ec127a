using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>Whether the IDE page is served: as configured, else only in Development.</summary>
internal sealed class GraphQLIdeSettings(IOptions<GraphQLServerOptions> options, IHostEnvironment environment)
{
    public bool Enabled { get; } = options.Value.EnableIde ?? environment.IsDevelopment();
}
