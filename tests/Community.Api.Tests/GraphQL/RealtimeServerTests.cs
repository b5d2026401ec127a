using System.Net.Http.Json;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Tests.Authentication;
using Community.Domain.Model;
using Community.Domain.Services;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.GraphQL;

/// <summary>
/// The event pipeline in a running server, over real sockets: a scheduled post reaches subscribers once,
/// when it comes due; and on PostgreSQL a subscriber on one node receives what is posted through another.
/// </summary>
public sealed class RealtimeServerTests
{
    private const string CreatePost = "mutation($input: CreatePostInput!) { createPost(input: $input) { errors { __typename } } }";

    [Fact]
    public async Task A_scheduled_post_is_delivered_once_when_it_comes_due_not_when_it_is_scheduled()
    {
        var clock = new ManualClock();
        using var server = ApiServer.With(builder => builder
            .UseSetting("Realtime:ScheduledPostInterval", "00:00:00.100")
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var token = LongToken(server, "planner");
        using var client = Client(token);
        using var socket = await GraphQLSocket.ConnectAsync(server.WebSocketEndpoint, token, timeout.Token);

        await PostAsync(server, client, new { title = "Scheduled", body = "Later", publishAt = clock.GetUtcNow().AddHours(1) }, timeout.Token);
        await socket.SubscribeAsync("1", "subscription { postCreated { title } }");
        // Posts after the scheduled one: received first, so it was not announced when it was scheduled.
        await PostUntilReceivedAsync(server, client, socket, timeout.Token);

        clock.Advance(TimeSpan.FromHours(2));
        string? title;
        do
        {
            title = (await socket.NextDataAsync()).GetProperty("postCreated").GetProperty("title").GetString();
        }
        while (title == "Ping");

        Assert.Equal("Scheduled", title);
        await PostAsync(server, client, new { title = "After", body = "Now" }, timeout.Token);
        Assert.Equal("After", (await socket.NextDataAsync()).GetProperty("postCreated").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Over_the_socket_a_secret_post_is_refused_exactly_as_an_unknown_one()
    {
        using var server = ApiServer.With(_ => { });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var owner = await server.MembersAsync(m => m.RegisterAsync("corp|keeper", "keeper", "keeper@corp.example", "Keeper", MemberKind.Employee));
        long secretPostId;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var group = await scope.ServiceProvider.GetRequiredService<GroupService>().CreateAsync(owner.Id, "Vault", "Hush", GroupVisibility.Secret);
            secretPostId = (await scope.ServiceProvider.GetRequiredService<PostService>().CreateAsync(owner.Id, new NewPost(group.Id, PostKind.Update, "Hidden"))).Id;
        }

        using var socket = await GraphQLSocket.ConnectAsync(server.WebSocketEndpoint, LongToken(server, "outsider"), timeout.Token);
        var secretId = GlobalId(secretPostId);
        var unknownId = GlobalId(secretPostId + 1000);
        await socket.SubscribeAsync("secret", $$"""subscription { commentAdded(postId: "{{secretId}}") { body } }""");
        var secret = await RefusalAsync(socket, "secret");
        await socket.SubscribeAsync("unknown", $$"""subscription { commentAdded(postId: "{{unknownId}}") { body } }""");
        var unknown = await RefusalAsync(socket, "unknown");

        Assert.Equal("NOT_FOUND", secret[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(unknown.GetRawText().Replace(unknownId, "?", StringComparison.Ordinal), secret.GetRawText().Replace(secretId, "?", StringComparison.Ordinal));
        Assert.DoesNotContain("Vault", secret.GetRawText(), StringComparison.Ordinal);
    }

    [PostgreSqlFact]
    public async Task A_subscriber_on_one_node_receives_what_is_posted_through_another()
    {
        var database = await PostgreSqlDatabase.CreateAsync();
        try
        {
            using var nodeA = PostgreSqlNode(database);
            using var nodeB = PostgreSqlNode(database);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using var socket = await GraphQLSocket.ConnectAsync(nodeA.WebSocketEndpoint, LongToken(nodeA, "writer"), timeout.Token);
            using var clientB = Client(LongToken(nodeB, "writer"));

            await socket.SubscribeAsync("1", "subscription { postCreated { title } }");
            await PostUntilReceivedAsync(nodeB, clientB, socket, timeout.Token);
            await PostAsync(nodeB, clientB, new { title = "Through B", body = "Hello from node B" }, timeout.Token);

            string? title;
            do
            {
                title = (await socket.NextDataAsync()).GetProperty("postCreated").GetProperty("title").GetString();
            }
            while (title == "Ping");

            Assert.Equal("Through B", title);
        }
        finally
        {
            await PostgreSqlDatabase.DropAsync(database);
        }
    }

    /// <summary>A subscription refused when it starts: one result with errors and no data, then complete.</summary>
    private static async Task<JsonElement> RefusalAsync(GraphQLSocket socket, string id)
    {
        var next = await socket.ReceiveAsync();
        Assert.Equal(("next", id), (next.GetProperty("type").GetString(), next.GetProperty("id").GetString()));
        Assert.False(next.GetProperty("payload").TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        var complete = await socket.ReceiveAsync();
        Assert.Equal(("complete", id), (complete.GetProperty("type").GetString(), complete.GetProperty("id").GetString()));
        return next.GetProperty("payload").GetProperty("errors");
    }

    private static string GlobalId(long postId) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Post:{postId}"));

    /// <summary>
    /// Posts "Ping" until the subscriber receives one: the subscribe message has no answer, so this is
    /// how a client knows the subscription listens. Later pings may still arrive after it.
    /// </summary>
    private static async Task PostUntilReceivedAsync(ApiServer server, HttpClient client, GraphQLSocket socket, CancellationToken cancellationToken)
    {
        var received = socket.NextDataAsync();
        do
        {
            await PostAsync(server, client, new { title = "Ping", body = "Ping" }, cancellationToken);
        }
        while (await Task.WhenAny(received, Task.Delay(200, cancellationToken)) != received);

        Assert.Equal("Ping", (await received).GetProperty("postCreated").GetProperty("title").GetString());
    }

    private static async Task PostAsync(ApiServer server, HttpClient client, object input, CancellationToken cancellationToken)
    {
        using var response = await client.PostAsJsonAsync(server.GraphQLEndpoint, new { query = CreatePost, variables = new { input } }, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.Equal("""{"data":{"createPost":{"errors":null}}}""", body);
    }

    /// <summary>A token that outlives the clock moving forward in the scheduled-post test.</summary>
    private static string LongToken(ApiServer server, string subject) =>
        server.Token(new DevelopmentTokenRequest(subject, $"{subject}@example.com", subject, TimeSpan.FromDays(1)));

    private static HttpClient Client(string token)
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static ApiServer PostgreSqlNode(string connectionString) => ApiServer.With(builder => builder
        .UseSetting("Database:Provider", "PostgreSql")
        .UseSetting("Database:ConnectionString", connectionString)
        .UseSetting("GraphQL:CursorKey", Convert.ToBase64String(new byte[32])));
}
