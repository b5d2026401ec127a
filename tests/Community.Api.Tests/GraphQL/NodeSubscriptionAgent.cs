using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// Drives <c>tests/node-tools/subscription-agent.mjs</c>: subscriptions held open by the reference Node
/// clients (graphql-ws, graphql-sse) against a running server, opened on command, with every report
/// (next, error, complete, closed) readable per subscription. Needs Node and
/// <c>npm ci --prefix tests/node-tools</c>.
/// </summary>
internal sealed class NodeSubscriptionAgent : IAsyncDisposable
{
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ConcurrentDictionary<string, Channel<JsonElement>> _reports = new(StringComparer.Ordinal);
    private readonly Task _reading;
    private readonly Task<string> _errors;

    private NodeSubscriptionAgent(Process process)
    {
        _process = process;
        _reading = ReadReportsAsync();
        _errors = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The two clients: <c>ws</c> is graphql-ws (graphql-transport-ws), <c>sse</c> is graphql-sse.</summary>
    public static TheoryData<string> Clients => new() { "ws", "sse" };

    public static NodeSubscriptionAgent Start(Uri endpoint)
    {
        var tools = Path.Combine(Repository.Root(), "tests", "node-tools");
        Assert.True(
            Directory.Exists(Path.Combine(tools, "node_modules", "graphql-ws")),
            "The Node test tools are not installed: run `npm ci --prefix tests/node-tools` first.");
        var start = new ProcessStartInfo("node", ["subscription-agent.mjs", endpoint.ToString()])
        {
            WorkingDirectory = tools,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return new NodeSubscriptionAgent(Process.Start(start)!);
    }

    /// <summary>Opens a subscription named <paramref name="id"/> with <paramref name="client"/>, signed in with <paramref name="token"/>.</summary>
    public Task SubscribeAsync(string id, string client, string token, string query, object? variables = null)
    {
        _reports.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>());
        return SendAsync(new { op = "subscribe", id, client, token, query, variables = variables ?? new { } });
    }

    /// <summary>The next report of subscription <paramref name="id"/>: its <c>event</c> is next, error, complete or closed.</summary>
    public async Task<JsonElement> NextReportAsync(string id)
    {
        using var timeout = new CancellationTokenSource(ReportTimeout);
        try
        {
            return await _reports.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>()).Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"Subscription {id} reported nothing within {ReportTimeout.TotalSeconds} s. Agent errors: {(_process.HasExited ? await _errors : "(still running)")}");
        }
    }

    /// <summary>The data of the next report of <paramref name="id"/>, which must be an event with data.</summary>
    public async Task<JsonElement> NextDataAsync(string id)
    {
        var report = await NextReportAsync(id);
        Assert.True(report.GetProperty("event").GetString() == "next", $"Expected an event on {id}, got {report.GetRawText()}");
        return report.GetProperty("payload").GetProperty("data");
    }

    /// <summary>Every report of <paramref name="id"/> up to and including its <c>complete</c> (or error).</summary>
    public async Task<List<JsonElement>> ReportsUntilEndAsync(string id)
    {
        var reports = new List<JsonElement>();
        while (true)
        {
            var report = await NextReportAsync(id);
            reports.Add(report);
            if (report.GetProperty("event").GetString() is "complete" or "error")
            {
                return reports;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _reading;
        _process.Dispose();
    }

    private async Task SendAsync(object command)
    {
        await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(command));
        await _process.StandardInput.FlushAsync();
    }

    private async Task ReadReportsAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            var report = JsonDocument.Parse(line).RootElement.Clone();
            var id = report.GetProperty("id").GetString()!;
            await _reports.GetOrAdd(id, _ => Channel.CreateUnbounded<JsonElement>()).Writer.WriteAsync(report);
        }
    }
}
