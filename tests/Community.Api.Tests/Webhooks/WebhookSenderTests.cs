using System.Collections.Concurrent;
using System.Net;
using Community.Api.Tests.Authentication;
using Community.Api.Webhooks;
using Community.Domain;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Community.Api.Tests.Webhooks;

/// <summary>
/// The sender against a real HTTP receiver on 127.0.0.1: signed as Standard Webhooks says, the same id
/// and body on every attempt, retried after a failure when due, and signed twice during a rotation.
/// </summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();
    private readonly ConcurrentQueue<(string Id, string Timestamp, string Signature, string Body)> _received = new();
    private readonly ManualClock _clock = new();
    private WebApplication _receiver = null!;
    private ServiceProvider _services = null!;
    private CommunityDatabase _database = null!;
    private string _url = null!;
    private Action? _whileAnswering;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            Interlocked.Exchange(ref _whileAnswering, null)?.Invoke();
            _received.Enqueue((http.Request.Headers[WebhookHeaders.Id].ToString(), http.Request.Headers[WebhookHeaders.Timestamp].ToString(),
                http.Request.Headers[WebhookHeaders.Signature].ToString(), await reader.ReadToEndAsync()));
            return Results.StatusCode((int)(_answers.TryDequeue(out var status) ? status : HttpStatusCode.NoContent));
        });
        await _receiver.StartAsync();
        _url = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";

        _database = CommunityDatabase.Sqlite(Path.Combine(Path.GetTempPath(), $"community-webhooks-{Guid.NewGuid():N}.db"));
        await CommunityDatabaseInitializer.MigrateAsync(_database);
        var services = new ServiceCollection()
            .AddLogging()
            .AddCommunityDomain(_database)
            .AddSingleton<TimeProvider>(_clock)
            .AddCommunityWebhookSecrets(new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["Webhooks:MaxParallelSends"] = "1" }) // attempts one after another
                .Build(), isDevelopment: true);
        services.AddHttpClient(WebhookSender.ClientName);
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookQueueing>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _receiver.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_delivery_is_signed_retried_when_due_and_sent_with_the_same_id_and_body()
    {
        var secret = WebhookSecrets.New();
        var webhook = await RegisterAsync(secret);
        await QueueAsync(webhook, outboxEventId: 41, """{"type":"post.created","data":{"id":"UG9zdDox"}}""");
        _answers.Enqueue(HttpStatusCode.InternalServerError);
        var sender = _services.GetRequiredService<WebhookSender>();

        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await sender.SendDueAsync(CancellationToken.None)); // the retry is not due yet
        _clock.Advance(WebhookDelivery.RetryDelay(1));
        Assert.Equal(1, await sender.SendDueAsync(CancellationToken.None));

        var requests = _received.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, r =>
        {
            Assert.Equal("evt_41", r.Id);
            Assert.Equal("""{"type":"post.created","data":{"id":"UG9zdDox"}}""", r.Body);
            Assert.True(WebhookSignature.Verify(secret, r.Id, long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature));
            Assert.False(WebhookSignature.Verify(WebhookSecrets.New(), r.Id, long.Parse(r.Timestamp, System.Globalization.CultureInfo.InvariantCulture), r.Body, r.Signature));
        });
        await using var db = _database.CreateContext();
        var delivery = await db.WebhookDeliveries.Include(d => d.Attempts).SingleAsync();
        Assert.Equal((WebhookDeliveryStatus.Succeeded, 2), (delivery.Status, delivery.AttemptCount));
        Assert.Equal([500, 204], delivery.Attempts.OrderBy(a => a.Id).Select(a => a.StatusCode ?? 0));
    }

    [Fact]
    public async Task A_post_published_after_registration_reaches_the_receiver_as_post_created_with_its_outbox_id()
    {
        var secret = WebhookSecrets.New();
        await RegisterAsync(secret);
        var admin = await AdminAsync();
        Post post;
        await using (var scope = _services.CreateAsyncScope())
        {
            post = await scope.ServiceProvider.GetRequiredService<PostService>().CreateAsync(admin.Id,
                new NewPost(null, PostKind.Announcement, "We ship today", "Launch day", ["launch"]));
        }

        Assert.Equal(1, await _services.GetRequiredService<WebhookQueueing>().QueuePendingAsync(CancellationToken.None));
        Assert.Equal(0, await _services.GetRequiredService<WebhookQueueing>().QueuePendingAsync(CancellationToken.None));
        await _services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        var request = Assert.Single(_received);
        await using var db = _database.CreateContext();
        var outboxId = (await db.OutboxEvents.SingleAsync(e => e.Type == OutboxEventType.PostCreated && e.PostId == post.Id)).Id;
        Assert.Equal(WebhookHeaders.MessageId(outboxId), request.Id);
        Assert.True(WebhookSignature.Verify(secret, request.Id, long.Parse(request.Timestamp, System.Globalization.CultureInfo.InvariantCulture), request.Body, request.Signature));
        using var body = System.Text.Json.JsonDocument.Parse(request.Body);
        Assert.Equal("post.created", body.RootElement.GetProperty("type").GetString());
        var sent = body.RootElement.GetProperty("data").GetProperty("post");
        Assert.Equal((Community.Api.Schema.GlobalId.Encode("Post", post.Id), "ANNOUNCEMENT", "Launch day", "ada"),
            (sent.GetProperty("id").GetString(), sent.GetProperty("kind").GetString(), sent.GetProperty("title").GetString(),
             sent.GetProperty("author").GetProperty("handle").GetString()));
        Assert.Equal(["launch"], sent.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task During_a_rotation_both_secrets_sign_and_an_unreachable_endpoint_is_recorded_as_such()
    {
        var old = WebhookSecrets.New();
        var webhook = await RegisterAsync(old);
        var secrets = _services.GetRequiredService<WebhookSecrets>();
        var fresh = WebhookSecrets.New();
        var admin = await AdminAsync();
        await Service(s => s.RotateSecretAsync(admin.Id, webhook.Id, secrets.Protect(fresh), TimeSpan.FromHours(1)));
        await QueueAsync(webhook, 7, """{"n":7}""");

        await _services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        var request = Assert.Single(_received);
        var timestamp = long.Parse(request.Timestamp, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(2, request.Signature.Split(' ').Length);
        Assert.True(WebhookSignature.Verify(fresh, request.Id, timestamp, request.Body, request.Signature));
        Assert.True(WebhookSignature.Verify(old, request.Id, timestamp, request.Body, request.Signature));

        await Service(s => s.EditAsync(admin.Id, webhook.Id, "http://127.0.0.1:9/unreachable", null, null, null, allowHttp: true));
        await QueueAsync(webhook, 8, """{"n":8}""");
        await _services.GetRequiredService<WebhookSender>().SendDueAsync(CancellationToken.None);

        await using var db = _database.CreateContext();
        var failed = await db.WebhookDeliveries.Include(d => d.Attempts).SingleAsync(d => d.OutboxEventId == 8);
        var attempt = Assert.Single(failed.Attempts);
        Assert.Null(attempt.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(attempt.Error));
        Assert.Equal(WebhookDeliveryStatus.Pending, failed.Status);
    }

    [Fact]
    public async Task A_delivery_whose_claim_ran_out_while_it_waited_behind_the_batch_is_left_for_the_next_round()
    {
        var webhook = await RegisterAsync(WebhookSecrets.New());
        await QueueAsync(webhook, 51, """{"n":51}""");
        await QueueAsync(webhook, 52, """{"n":52}""");
        // The first answer takes as long as the claim (the default: three timeouts and 30 s).
        _whileAnswering = () => _clock.Advance(TimeSpan.FromSeconds(10 * 3 + 30));
        var sender = _services.GetRequiredService<WebhookSender>();

        await sender.SendDueAsync(CancellationToken.None);

        Assert.Equal(["evt_51"], _received.Select(r => r.Id));
        await using (var db = _database.CreateContext())
        {
            var waiting = await db.WebhookDeliveries.SingleAsync(d => d.OutboxEventId == 52);
            Assert.Equal((WebhookDeliveryStatus.Pending, 0), (waiting.Status, waiting.AttemptCount));
        }

        await sender.SendDueAsync(CancellationToken.None);
        Assert.Equal(["evt_51", "evt_52"], _received.Select(r => r.Id));
    }

    private async Task<Member> AdminAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        var members = scope.ServiceProvider.GetRequiredService<MemberService>();
        await using var db = _database.CreateContext();
        return await db.Members.FirstOrDefaultAsync(m => m.Handle == "ada")
            ?? await members.RegisterAsync("sub-ada", "ada", "ada@example.com", "Ada", MemberKind.Employee, MemberRole.Admin);
    }

    private async Task<Webhook> RegisterAsync(string secret)
    {
        var admin = await AdminAsync();
        var protectedSecret = _services.GetRequiredService<WebhookSecrets>().Protect(secret);
        return await Service(s => s.CreateAsync(admin.Id, _url, null, [WebhookEventType.PostCreated], allowHttp: true, protectedSecret));
    }

    private async Task QueueAsync(Webhook webhook, long outboxEventId, string payload)
    {
        await using var db = _database.CreateContext();
        db.WebhookDeliveries.Add(new WebhookDelivery(webhook.Id, outboxEventId, WebhookEventType.PostCreated, payload, _clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private async Task<T> Service<T>(Func<WebhookService, Task<T>> action)
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WebhookService>());
    }
}
