using System.Diagnostics;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// Runs the reference Node clients against the API on a real port: graphql-http's server audits
/// (the GraphQL-over-HTTP conformance suite), the graphql-ws and graphql-sse clients, and the
/// introspection queries that tools built on graphql-js 16 and 17 send, all with a signed-in
/// member's token (the protocol clients also without one, to see them refused).
/// Needs Node and <c>npm ci --prefix tests/node-tools</c>.
/// </summary>
public sealed class NodeClientTests : IClassFixture<ApiServer>
{
    private readonly ApiServer _server;

    public NodeClientTests(ApiServer server) => _server = server;

    [Fact]
    public async Task Every_must_and_should_audit_of_graphql_http_passes()
    {
        var output = await RunNodeAsync("audit.mjs");

        Assert.Contains("0 failed", output);
    }

    [Fact]
    public async Task The_graphql_ws_and_graphql_sse_clients_query_and_subscribe()
    {
        var output = await RunNodeAsync("protocol-clients.mjs");

        Assert.Contains("0 failed", output);
    }

    [Fact]
    public async Task The_introspection_queries_of_graphql_js_16_and_17_build_a_client_schema()
    {
        var output = await RunNodeAsync("introspection-clients.mjs");

        Assert.Contains("ok graphql-js 16 (16.15.0), every option", output);
        Assert.Contains("ok graphql-js 17 (17.1.0), every option", output);
        Assert.Contains("0 failed", output);
    }

    private async Task<string> RunNodeAsync(string script)
    {
        var tools = Path.Combine(Repository.Root(), "tests", "node-tools");
        Assert.True(
            Directory.Exists(Path.Combine(tools, "node_modules", "graphql-http")),
            "The Node test tools are not installed: run `npm ci --prefix tests/node-tools` first.");

        var start = new ProcessStartInfo("node", [script, _server.GraphQLEndpoint.ToString(), _server.Token("node-client")])
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

        Assert.True(process.ExitCode == 0, $"{script} failed:\n{await output}\n{await errors}");
        return await output;
    }
}
