using System.Diagnostics;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// Runs graphql-http's server audits (the GraphQL-over-HTTP conformance suite) against the API on
/// a real port. Needs Node and <c>npm ci --prefix tests/node-tools</c>.
/// </summary>
public sealed class GraphQLHttpAuditTests : IClassFixture<ApiServer>
{
    private readonly ApiServer _server;

    public GraphQLHttpAuditTests(ApiServer server) => _server = server;

    [Fact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        var tools = Path.Combine(RepositoryRoot(), "tests", "node-tools");
        Assert.True(
            Directory.Exists(Path.Combine(tools, "node_modules", "graphql-http")),
            "graphql-http is not installed: run `npm ci --prefix tests/node-tools` first.");

        var start = new ProcessStartInfo("node", ["audit.mjs", _server.GraphQLEndpoint.ToString()])
        {
            WorkingDirectory = tools,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, $"graphql-http audit failed:\n{await output}\n{await errors}");
        Assert.Contains("0 failed", await output);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Community.Graph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Community.Graph.sln not found above " + AppContext.BaseDirectory);
    }
}
