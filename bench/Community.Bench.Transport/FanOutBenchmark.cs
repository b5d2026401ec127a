using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Community.Bench.Transport;

/// <summary>
/// Starts <see cref="BenchServer"/> in a child process, opens N graphql-transport-ws subscribers,
/// publishes E events (each carrying its publication time) through the GraphQL mutation, and
/// reports lost events, delivery latency percentiles and server memory per idle subscription.
/// </summary>
internal static class FanOutBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = Option(args, "--subscribers", 5000);
        var events = Option(args, "--events", 100);
        var intervalMs = Option(args, "--interval-ms", 20);
        var port = FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        using var server = StartServer(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        try
        {
            await WaitForServerAsync(http);
            var before = await MemoryAsync(http);

            var clock = Stopwatch.StartNew();
            var clients = new Subscriber[subscribers];
            for (var offset = 0; offset < subscribers; offset += 250)
            {
                var batch = Enumerable.Range(offset, Math.Min(250, subscribers - offset))
                    .Select(async i => clients[i] = await Subscriber.ConnectAsync(new UriBuilder(endpoint) { Scheme = "ws" }.Uri, events));
                await Task.WhenAll(batch);
            }

            while (await http.GetFromJsonAsync<int>("/bench/subscribers") < subscribers)
            {
                await Task.Delay(50);
            }

            var connectSeconds = clock.Elapsed.TotalSeconds;
            var idle = await MemoryAsync(http);
            var receiving = clients.Select(c => c.ReceiveAllAsync()).ToArray();

            clock.Restart();
            for (var e = 0; e < events; e++)
            {
                var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
                using var response = await http.PostAsync("/graphql", new StringContent(
                    $$"""{"query":"mutation { publish(message: \"{{stamp}}\") }"}""", Encoding.UTF8, "application/json"));
                response.EnsureSuccessStatusCode();
                await Task.Delay(intervalMs);
            }

            var all = Task.WhenAll(receiving);
            await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(120)));
            var publishSeconds = clock.Elapsed.TotalSeconds;

            var latencies = clients.SelectMany(c => c.LatenciesMs).Order().ToArray();
            var expected = (long)subscribers * events;
            Console.WriteLine($"subscribers: {subscribers}, events: {events}, interval: {intervalMs} ms");
            Console.WriteLine($"connected and subscribed in {connectSeconds:F1} s");
            Console.WriteLine($"delivered: {latencies.Length} of {expected} (lost {expected - latencies.Length}) in {publishSeconds:F1} s");
            if (latencies.Length > 0)
            {
                Console.WriteLine($"latency ms: p50 {Percentile(latencies, 0.50):F1}, p99 {Percentile(latencies, 0.99):F1}, max {latencies[^1]:F1}");
            }

            Console.WriteLine($"server managed memory per idle subscription: {(idle.Managed - before.Managed) / (double)subscribers / 1024:F1} KiB");
            Console.WriteLine($"server working set per idle subscription: {(idle.WorkingSet - before.WorkingSet) / (double)subscribers / 1024:F1} KiB");

            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }

            return latencies.Length == expected ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static Process StartServer(int port)
    {
        var self = typeof(FanOutBenchmark).Assembly.Location;
        var start = Environment.ProcessPath!.EndsWith("dotnet", StringComparison.Ordinal)
            ? new ProcessStartInfo(Environment.ProcessPath, [self, "serve", "--urls", $"http://127.0.0.1:{port}"])
            : new ProcessStartInfo(Environment.ProcessPath, ["serve", "--urls", $"http://127.0.0.1:{port}"]);
        start.RedirectStandardOutput = true;
        return Process.Start(start)!;
    }

    private static async Task WaitForServerAsync(HttpClient http)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await http.GetStringAsync("/bench/subscribers");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("The bench server did not start.");
    }

    private static async Task<(long Managed, long WorkingSet)> MemoryAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("/bench/memory"));
        return (json.RootElement.GetProperty("managedBytes").GetInt64(), json.RootElement.GetProperty("workingSetBytes").GetInt64());
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>One graphql-transport-ws client subscribed to <c>messages</c>.</summary>
    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket;
        private readonly int _expected;

        private Subscriber(ClientWebSocket socket, int expected)
        {
            _socket = socket;
            _expected = expected;
        }

        public List<double> LatenciesMs { get; } = [];

        public static async Task<Subscriber> ConnectAsync(Uri address, int expected)
        {
            var socket = new ClientWebSocket();
            socket.Options.AddSubProtocol("graphql-transport-ws");
            await socket.ConnectAsync(address, CancellationToken.None);
            var subscriber = new Subscriber(socket, expected);
            await subscriber.SendAsync("""{"type":"connection_init"}""");
            await subscriber.ReceiveAsync(new byte[1024]);
            await subscriber.SendAsync("""{"id":"1","type":"subscribe","payload":{"query":"subscription { messages }"}}""");
            return subscriber;
        }

        public async Task ReceiveAllAsync()
        {
            var buffer = new byte[1024];
            while (LatenciesMs.Count < _expected)
            {
                var text = await ReceiveAsync(buffer);
                if (text is null)
                {
                    return;
                }

                var received = DateTime.UtcNow.Ticks;
                using var json = JsonDocument.Parse(text);
                var root = json.RootElement;
                if (root.GetProperty("type").GetString() != "next")
                {
                    continue;
                }

                var sent = long.Parse(root.GetProperty("payload").GetProperty("data").GetProperty("messages").GetString()!, CultureInfo.InvariantCulture);
                LatenciesMs.Add((received - sent) / (double)TimeSpan.TicksPerMillisecond);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // The server already went away.
            }

            _socket.Dispose();
        }

        private Task SendAsync(string text) => _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

        private async Task<string?> ReceiveAsync(byte[] buffer)
        {
            var length = 0;
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    return Encoding.UTF8.GetString(buffer, 0, length);
                }
            }
        }
    }
}
