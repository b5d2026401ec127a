using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using Community.Api.Authentication;
using Npgsql;

namespace Community.Bench.Transport;

/// <summary>
/// Fan-out with the outbox in the path: starts the community server (the real host, Community.Api) as one
/// or more child processes on one database, opens N graphql-transport-ws subscribers to
/// <c>postCreated(where: {})</c>, each a member of its own, split evenly across the nodes, then creates P
/// posts through the <c>createPost</c> mutation on the first node. Each post commits with its outbox row;
/// every node's dispatcher reads the row and publishes it to its subscriptions, which check visibility and
/// load the post before sending it. Reports deliveries against the expected, and the delay from each
/// post's <c>publishedAt</c> (stamped in the transaction that commits it) to its receipt.
/// </summary>
internal static class CommunityFanOutBenchmark
{
    // The Development sign-in settings, passed to every node explicitly so that the tokens below verify.
    private static readonly CommunityAuthenticationOptions SignIn = new()
    {
        Issuer = "https://community.localhost/bench",
        Audience = "community-graph",
        SigningKey = "bench-only-signing-key-of-at-least-thirty-two-bytes",
    };

    /// <summary>Sockets opened at once while connecting (each is a first sign-in, a write).</summary>
    private const int ConnectBatch = 10;

    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = Option(args, "--subscribers", 5000);
        var posts = Option(args, "--posts", 20);
        var intervalMs = Option(args, "--interval-ms", 1000);
        var nodes = Option(args, "--nodes", 1);
        var postgres = Text(args, "--postgres");
        var database = postgres is null ? Path.Combine(Path.GetTempPath(), $"community-fanout-{Guid.NewGuid():N}.db") : await CreateDatabaseAsync(postgres);
        var servers = new List<(Process Process, Uri Endpoint)>();
        try
        {
            for (var n = 0; n < nodes; n++)
            {
                // One after the other: the first migrates the database.
                servers.Add(await StartNodeAsync(n, postgres is null ? ["--Database:Path", database] : ["--Database:Provider", "PostgreSql", "--Database:ConnectionString", database]));
            }

            using var author = new HttpClient();
            author.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("fanout-author"));
            var clock = Stopwatch.StartNew();
            var clients = new PostCreatedSubscriber[subscribers];
            var refused = 0;
            for (var offset = 0; offset < subscribers; offset += ConnectBatch)
            {
                await Task.WhenAll(Enumerable.Range(offset, Math.Min(ConnectBatch, subscribers - offset)).Select(async i =>
                {
                    var node = i % nodes;
                    var address = new UriBuilder(servers[node].Endpoint) { Scheme = "ws" }.Uri;
                    // Each subscriber is a member's first sign-in, which creates the member; on PostgreSQL
                    // concurrent first sign-ins can exhaust their serialization retries: count and try again.
                    for (var attempt = 1; ; attempt++)
                    {
                        try
                        {
                            clients[i] = await PostCreatedSubscriber.ConnectAsync(address, Token($"fanout-{i}"), posts, node);
                            return;
                        }
                        catch (InvalidOperationException) when (attempt < 5)
                        {
                            Interlocked.Increment(ref refused);
                            await Task.Delay(200 * attempt);
                        }
                    }
                }));
            }

            var connectSeconds = clock.Elapsed.TotalSeconds;
            var receiving = clients.Select(c => c.ReceiveAllAsync()).ToArray();

            // The protocol does not answer a subscribe: warm-up posts until every subscriber has seen one.
            clock.Restart();
            var listening = Task.WhenAll(clients.Select(c => c.Listening));
            while (await Task.WhenAny(listening, Task.Delay(2000)) != listening)
            {
                Assert(clock.Elapsed < TimeSpan.FromMinutes(3), "The subscribers did not all start listening within 3 minutes: "
                    + string.Join("; ", clients.Where(c => !c.Listening.IsCompleted).GroupBy(c => c.Ending ?? "no warm-up post yet").Select(g => $"{g.Count()}: {g.Key}")));
                await CreatePostAsync(author, servers[0].Endpoint, PostCreatedSubscriber.WarmUpTitle);
            }

            var listenSeconds = clock.Elapsed.TotalSeconds;
            await Task.Delay(2000);

            clock.Restart();
            var roundTrips = new List<double>();
            for (var p = 0; p < posts; p++)
            {
                var sent = Stopwatch.StartNew();
                await CreatePostAsync(author, servers[0].Endpoint, $"post {p}");
                roundTrips.Add(sent.Elapsed.TotalMilliseconds);
                await Task.Delay(intervalMs);
            }

            await Task.WhenAny(Task.WhenAll(receiving), Task.Delay(TimeSpan.FromSeconds(120)));
            var publishSeconds = clock.Elapsed.TotalSeconds;

            var latencies = clients.SelectMany(c => c.LatenciesMs).Order().ToArray();
            var expected = (long)subscribers * posts;
            Console.WriteLine($"database: {(postgres is null ? "SQLite" : "PostgreSQL")}, nodes: {nodes}, subscribers: {subscribers}, posts: {posts}, interval: {intervalMs} ms");
            Console.WriteLine($"connected and subscribed in {connectSeconds:F1} s ({refused} first sign-ins refused and retried), all listening after {listenSeconds:F1} s");
            Console.WriteLine($"delivered: {latencies.Length} of {expected} (lost {expected - latencies.Length}) in {publishSeconds:F1} s");
            for (var n = 0; n < nodes; n++)
            {
                var onNode = clients.Where(c => c.Node == n).SelectMany(c => c.LatenciesMs).Order().ToArray();
                Console.WriteLine($"  node {n}: {onNode.Length} of {(long)clients.Count(c => c.Node == n) * posts}" + (onNode.Length > 0 ? $", p50 {Percentile(onNode, 0.50):F1} ms, p99 {Percentile(onNode, 0.99):F1} ms" : string.Empty));
            }

            if (latencies.Length > 0)
            {
                Console.WriteLine($"latency ms (publishedAt to receipt): p50 {Percentile(latencies, 0.50):F1}, p99 {Percentile(latencies, 0.99):F1}, max {latencies[^1]:F1}");
            }

            var trips = roundTrips.Order().ToArray();
            Console.WriteLine($"createPost round trip ms: p50 {Percentile(trips, 0.50):F1}, max {trips[^1]:F1}");
            foreach (var ending in clients.Where(c => c.Ending is not null).GroupBy(c => c.Ending).Take(5))
            {
                Console.WriteLine($"ended early ({ending.Count()} subscribers): {ending.Key}");
            }

            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            return latencies.Length == expected ? 0 : 1;
        }
        finally
        {
            foreach (var (process, _) in servers)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            if (postgres is null)
            {
                foreach (var file in new[] { database, database + "-wal", database + "-shm" })
                {
                    File.Delete(file);
                }
            }
            else
            {
                await DropDatabaseAsync(postgres, database);
            }
        }
    }

    private static string Token(string subject) =>
        DevelopmentTokenIssuer.Issue(SignIn, new DevelopmentTokenRequest(subject, $"{subject}@bench.example", subject, TimeSpan.FromHours(2)), DateTime.UtcNow);

    private static async Task CreatePostAsync(HttpClient client, Uri endpoint, string title)
    {
        using var response = await client.PostAsJsonAsync(endpoint, new
        {
            query = "mutation($t: String!) { createPost(input: { title: $t, body: \"Fan-out\" }) { errors { __typename } } }",
            variables = new { t = title },
        });
        var body = await response.Content.ReadAsStringAsync();
        Assert(body == """{"data":{"createPost":{"errors":null}}}""", $"createPost failed: {body}");
    }

    /// <summary>Starts the community host (Community.Api.dll, copied next to this one) on a free port and waits for /health.</summary>
    private static async Task<(Process, Uri)> StartNodeAsync(int node, string[] database)
    {
        var port = FreePort();
        var api = Path.Combine(AppContext.BaseDirectory, "Community.Api.dll");
        // Production by default, as deployed; FANOUT_ENVIRONMENT=Development shows exception messages in errors.
        string[] settings =
        [
            api, "--urls", $"http://127.0.0.1:{port}", "--environment", Environment.GetEnvironmentVariable("FANOUT_ENVIRONMENT") ?? "Production",
            "--Database:SeedDemoData", "false", .. database,
            "--Authentication:Issuer", SignIn.Issuer!, "--Authentication:Audience", SignIn.Audience!, "--Authentication:SigningKey", SignIn.SigningKey!,
            "--GraphQL:CursorKey", Convert.ToBase64String(new byte[32]),
            "--Logging:LogLevel:Default", "Warning",
        ];
        var start = new ProcessStartInfo("dotnet", settings) { RedirectStandardOutput = true, RedirectStandardError = true };
        var process = Process.Start(start)!;
        var log = Path.Combine(Path.GetTempPath(), $"community-fanout-node{node}.log");
        _ = PumpAsync(process.StandardOutput, log);
        _ = PumpAsync(process.StandardError, log + ".err");

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                await http.GetStringAsync($"http://127.0.0.1:{port}/health");
                Console.WriteLine($"node {node} at http://127.0.0.1:{port}/graphql (log {log})");
                return (process, new Uri($"http://127.0.0.1:{port}/graphql"));
            }
            catch (HttpRequestException)
            {
                Assert(!process.HasExited, $"Node {node} exited; see {log}.");
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"Node {node} did not start; see {log}.");
    }

    private static async Task PumpAsync(StreamReader output, string path)
    {
        await using var file = File.CreateText(path);
        while (await output.ReadLineAsync() is { } line)
        {
            await file.WriteLineAsync(line);
        }
    }

    private static async Task<string> CreateDatabaseAsync(string server)
    {
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP DATABASE IF EXISTS community_fanout_bench WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE community_fanout_bench", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = "community_fanout_bench" }.ToString();
    }

    private static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static void Assert(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback) =>
        Text(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
