using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Schema;
using Community.Api.Tests.Authentication;
using Community.Api.Tests.Webhooks;
using Community.Api.Webhooks;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// The outbox's promise under a real crash: node A, the built server in a child process, is killed with
/// SIGKILL in the middle of a burst of createPost mutations while a subscriber on node B and a webhook
/// receiver listen, and while a change that will be rolled back is open. After node A restarts, the
/// subscriber has received every committed post exactly once, the receiver every committed event under
/// its <c>webhook-id</c>, and neither anything that was rolled back. PostgreSQL only: the two nodes share
/// one database.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Writers = 4;
    private const int PostsPerWriter = 30;
    private const int AnsweredBeforeRollbackOpens = 15;
    private const int AnsweredBeforeKill = 40;
    private const string BurstTitle = "Burst ";

    private const string CreatePost = "mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { __typename } } }";

    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(90);

    [PostgreSqlFact]
    public async Task Killed_mid_burst_and_restarted_it_delivers_every_committed_post_to_subscribers_and_webhooks_and_nothing_rolled_back()
    {
        var clock = Stopwatch.StartNew();
        var connectionString = await PostgreSqlDatabase.CreateAsync();
        var database = new CommunityDatabase { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString };
        ServerProcess? nodeA = null;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            using var nodeB = SubscriptionNode(connectionString);
            await using var receiver = await WebhookReceiver.StartAsync(clock);
            var secret = await RegisterWebhookAsync(nodeB, receiver.Url, timeout.Token);

            // The subscriber on node B, listening before the burst (a ping it receives proves it).
            var received = new ConcurrentQueue<(string Id, string Title)>();
            using var socket = await GraphQLSocket.ConnectAsync(nodeB.WebSocketEndpoint, nodeB.Token("watcher"), timeout.Token);
            await socket.SubscribeAsync("posts", "subscription { postCreated(where: {}) { id title } }");
            var listening = ListenAsync(socket, received);
            using var clientB = Client(nodeB.Token("pinger"));
            await PostUntilAsync(nodeB.GraphQLEndpoint, clientB, "Ping", () => received.Any(p => p.Title == "Ping") || listening.IsCompleted, timeout.Token);

            var settings = NodeSettings(connectionString, nodeB.SignInSettings);
            nodeA = await ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
            using var clientA = Client(nodeB.Token("writer"));
            clientA.Timeout = TimeSpan.FromSeconds(60);

            // The burst, with a change opened part-way that is still uncommitted when node A dies.
            var answered = 0;
            var failed = 0;
            var endpointA = nodeA.GraphQLEndpoint;
            var burst = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                for (var i = 0; i < PostsPerWriter; i++)
                {
                    try
                    {
                        await PostAsync(endpointA, clientA, $"{BurstTitle}{writer}-{i}", timeout.Token);
                        Interlocked.Increment(ref answered);
                    }
                    catch (Exception error) when (error is HttpRequestException or IOException or TaskCanceledException && !timeout.IsCancellationRequested)
                    {
                        // Cut by the kill: committed or not, the database tells.
                        Interlocked.Increment(ref failed);
                        return;
                    }
                }
            })).ToList();

            await WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref answered) >= AnsweredBeforeRollbackOpens), TimeSpan.FromSeconds(60), "the first posts of the burst");
            var ghost = await nodeB.MembersAsync(m => m.RegisterAsync("corp|ghost", "ghost", "ghost@corp.example", "Ghost", MemberKind.Employee));
            await using var rolledBackScope = nodeB.Services.CreateAsyncScope();
            var rolledBackContext = rolledBackScope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var rolledBackTransaction = await rolledBackContext.Database.BeginTransactionAsync(timeout.Token);
            var rolledBackPost = await rolledBackScope.ServiceProvider.GetRequiredService<PostService>()
                .CreateAsync(ghost.Id, new NewPost(null, PostKind.Update, "Never happened", BurstTitle + "rolled back"), timeout.Token);
            var rolledBackEvent = rolledBackContext.ChangeTracker.Entries<OutboxEvent>().Single(e => e.Entity.PostId == rolledBackPost.Id).Entity.Id;
            Assert.NotEqual(0, rolledBackEvent);

            await WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref answered) >= AnsweredBeforeKill), TimeSpan.FromSeconds(60), "the middle of the burst");
            nodeA.Kill();
            var answeredBeforeKill = Volatile.Read(ref answered);
            await rolledBackTransaction.RollbackAsync(timeout.Token);
            await rolledBackTransaction.DisposeAsync();
            await Task.WhenAll(burst);
            Assert.True(failed > 0, "The kill should have cut the burst short.");

            var restartedAt = clock.Elapsed;
            nodeA.Dispose();
            nodeA = await ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(90));

            // A post after everything else: once the subscriber has it, node B has delivered all before it.
            await PostAsync(nodeB.GraphQLEndpoint, clientB, "Sentinel", timeout.Token);
            await WaitUntilAsync(async () =>
            {
                if (listening.IsCompleted)
                {
                    await listening;
                }

                await using var db = database.CreateContext();
                var rows = await db.OutboxEvents.CountAsync(e => e.Type == OutboxEventType.PostCreated);
                var deliveries = await db.WebhookDeliveries.AsNoTracking().ToListAsync();
                return received.Any(p => p.Title == "Sentinel")
                    && deliveries.Count == rows && deliveries.All(d => d.Status == WebhookDeliveryStatus.Succeeded);
            }, RecoveryTimeout, "the subscriber and the webhook receiver to catch up after the restart");

            await using var truth = database.CreateContext();
            var committedBurst = await truth.Posts.Where(p => p.Title != null && p.Title.StartsWith(BurstTitle)).Select(p => p.Id).ToListAsync();
            var committedEvents = await truth.OutboxEvents.Where(e => e.Type == OutboxEventType.PostCreated).Select(e => e.Id).ToListAsync();
            var deliveryLog = await truth.WebhookDeliveries.AsNoTracking().ToDictionaryAsync(d => WebhookHeaders.MessageId(d.OutboxEventId));

            // The subscriber: every committed post of the burst, once; nothing rolled back.
            var burstReceived = received.Where(p => p.Title.StartsWith(BurstTitle, StringComparison.Ordinal)).Select(p => p.Id).ToList();
            Assert.InRange(committedBurst.Count, answeredBeforeKill, Writers * PostsPerWriter - 1);
            Assert.Equal(committedBurst.Select(id => GlobalId.Encode("Post", id)).Order(), burstReceived.Order());
            Assert.DoesNotContain(GlobalId.Encode("Post", rolledBackPost.Id), burstReceived);

            // The webhook receiver: every committed event under its id, each id with one body, signed; nothing rolled back.
            var receipts = receiver.Received;
            var byId = receipts.GroupBy(r => r.Id).ToList();
            Assert.Equal(committedEvents.Select(WebhookHeaders.MessageId).Order(), byId.Select(g => g.Key).Order());
            Assert.DoesNotContain(WebhookHeaders.MessageId(rolledBackEvent), byId.Select(g => g.Key));
            Assert.All(receipts, r => Assert.True(
                WebhookSignature.Verify(secret, r.Id, long.Parse(r.Timestamp, CultureInfo.InvariantCulture), r.Body, r.Signature), r.Id));
            Assert.All(byId, g => Assert.Single(g.Select(r => r.Body).Distinct()));

            // A repeat is the receiver's to drop by id; the sender repeats only an attempt that the kill kept
            // from being recorded (sent by the killed process, so received before the restart).
            var repeated = byId.Where(g => g.Count() > 1).ToList();
            Assert.All(byId, g =>
            {
                var recorded = deliveryLog[g.Key].AttemptCount;
                Assert.True(g.Count() <= recorded || (g.Count() == recorded + 1 && g.First().ReceivedAt < restartedAt),
                    $"{g.Key} arrived {g.Count()} times for {recorded} recorded attempts.");
            });
            output.WriteLine($"Burst: {answeredBeforeKill} answered before the kill, {failed} requests cut, {committedBurst.Count} posts committed.");
            output.WriteLine($"Webhook: {committedEvents.Count} events, {receipts.Count} requests, {repeated.Count} ids received more than once.");
        }
        catch when (nodeA is not null)
        {
            // Node A's last words (errors and warnings) explain most failures.
            output.WriteLine(nodeA.Output);
            throw;
        }
        finally
        {
            nodeA?.Dispose();
            await PostgreSqlDatabase.DropAsync(connectionString);
        }
    }

    /// <summary>
    /// Node B serves the subscriber only: its webhook queueing is removed and its sender never looks for
    /// due deliveries after start, so every webhook delivery goes through node A, the one that is killed.
    /// </summary>
    private static ApiServer SubscriptionNode(string connectionString) => ApiServer.With(builder => builder
        .UseSetting("Database:Provider", "PostgreSql")
        .UseSetting("Database:ConnectionString", connectionString)
        .UseSetting("GraphQL:CursorKey", CursorKey)
        .UseSetting("Realtime:PollInterval", "00:00:00.200")
        .UseSetting("Webhooks:PollInterval", "01:00:00")
        .ConfigureTestServices(services =>
        {
            var queueing = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(WebhookQueueing));
            services.Remove(queueing);
        }));

    /// <summary>Node A's command-line settings: the same database, sign-in and cursor key as node B, and short webhook timings.</summary>
    private static Dictionary<string, string> NodeSettings(string connectionString, CommunityAuthenticationOptions signIn) => new()
    {
        ["environment"] = "Development",
        ["Database:Provider"] = "PostgreSql",
        ["Database:ConnectionString"] = connectionString,
        ["Database:SeedDemoData"] = "false",
        ["Authentication:Issuer"] = signIn.Issuer!,
        ["Authentication:Audience"] = signIn.Audience!,
        ["Authentication:SigningKey"] = signIn.SigningKey!,
        ["GraphQL:CursorKey"] = CursorKey,
        ["Realtime:PollInterval"] = "00:00:00.200",
        ["Webhooks:AllowHttp"] = "true",
        ["Webhooks:Timeout"] = "00:00:05",
        // Longer than an attempt, short enough that an attempt cut by the kill is retried soon after the restart.
        ["Webhooks:ClaimLease"] = "00:00:08",
        ["Webhooks:PollInterval"] = "00:00:00.200",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    private static string CursorKey => Convert.ToBase64String(new byte[32]);

    /// <summary>Registers the receiver for POST_CREATED as an admin; returns the signing secret.</summary>
    private static async Task<string> RegisterWebhookAsync(ApiServer node, string url, CancellationToken cancellationToken)
    {
        using var admin = Client(node.Token("keeper", role: "admin"));
        using var response = await admin.PostAsJsonAsync(node.GraphQLEndpoint, new
        {
            query = "mutation($url: URL!) { createWebhook(input: { url: $url, eventTypes: [POST_CREATED] }) { secret errors { __typename } } }",
            variables = new { url },
        }, cancellationToken);
        var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement
            .GetProperty("data").GetProperty("createWebhook");
        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        return payload.GetProperty("secret").GetString()!;
    }

    /// <summary>Collects every post the subscription delivers until the socket closes.</summary>
    private static Task ListenAsync(GraphQLSocket socket, ConcurrentQueue<(string Id, string Title)> received) => Task.Run(async () =>
    {
        try
        {
            while (true)
            {
                var post = (await socket.NextDataAsync()).GetProperty("postCreated");
                received.Enqueue((post.GetProperty("id").GetString()!, post.GetProperty("title").GetString() ?? ""));
            }
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The test is over.
        }
    });

    /// <summary>Posts <paramref name="title"/> until <paramref name="done"/> holds (the subscribe message has no answer).</summary>
    private static async Task PostUntilAsync(Uri endpoint, HttpClient client, string title, Func<bool> done, CancellationToken cancellationToken)
    {
        do
        {
            await PostAsync(endpoint, client, title, cancellationToken);
            await Task.Delay(200, cancellationToken);
        }
        while (!done());
    }

    private static async Task PostAsync(Uri endpoint, HttpClient client, string title, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(endpoint, new { query = CreatePost, variables = new { input = new { title, body = "Body of " + title } } }, cancellationToken);
        var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement;
        Assert.True(payload.TryGetProperty("data", out var data) && data.GetProperty("createPost").GetProperty("errors").ValueKind == JsonValueKind.Null, payload.GetRawText());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var watch = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(watch.Elapsed < timeout, $"Waited {timeout.TotalSeconds:0} s for {what}.");
            await Task.Delay(100);
        }
    }

    private static HttpClient Client(string token)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
