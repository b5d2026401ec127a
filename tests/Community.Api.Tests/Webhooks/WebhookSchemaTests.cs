using System.Text.Json;
using Community.Api.Tests.Schema;
using Community.Api.Webhooks;
using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.Webhooks;

/// <summary>Webhooks through the API: admins only, the secret shown once and stored protected, rotation, pausing, the delivery log and redelivery.</summary>
public sealed class WebhookSchemaTests : IAsyncLifetime
{
    private const string Errors = "errors { __typename ... on Error { message code } }";

    private const string Create = """
        mutation($url: URL!, $types: [WebhookEventType!]!) {
          createWebhook(input: { url: $url, eventTypes: $types, description: "Chat bot" }) {
            webhook { id url description eventTypes isActive secretRotatedAt previousSecretExpiresAt }
            secret
            errors { __typename ... on Error { message code } }
          }
        }
        """;

    private CommunityApi _api = null!;

    public async Task InitializeAsync() => _api = await CommunityApi.CreateAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task An_admin_registers_a_webhook_and_sees_its_secret_once_stored_only_protected()
    {
        var payload = Payload(await _api.RunAsync(_api.Ada, Create, new { url = "https://hooks.example.com/in", types = new[] { "POST_CREATED", "COMMENT_ADDED" } }), "createWebhook");

        Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
        var secret = payload.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        var webhook = payload.GetProperty("webhook");
        Assert.Equal(("https://hooks.example.com/in", "Chat bot", true), (webhook.GetProperty("url").GetString(), webhook.GetProperty("description").GetString(), webhook.GetProperty("isActive").GetBoolean()));
        Assert.Equal(["POST_CREATED", "COMMENT_ADDED"], webhook.GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));

        await using var db = _api.Database.CreateContext();
        var stored = await db.Webhooks.SingleAsync();
        Assert.DoesNotContain(secret["whsec_".Length..], stored.ProtectedSecret, StringComparison.Ordinal);
        Assert.Equal(secret, _api.Services.GetRequiredService<WebhookSecrets>().Unprotect(stored.ProtectedSecret));
        Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());

        var listed = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, "{ webhooks { totalCount nodes { id url } } }")).GetProperty("webhooks");
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("whsec_", listed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_may_neither_register_nor_read_webhooks_and_node_does_not_reveal_them()
    {
        var id = Payload(await _api.RunAsync(_api.Ada, Create, new { url = "https://hooks.example.com/in", types = new[] { "POST_CREATED" } }), "createWebhook")
            .GetProperty("webhook").GetProperty("id").GetString();

        var refused = Payload(await _api.RunAsync(_api.Bob, Create, new { url = "https://hooks.example.com/b", types = new[] { "POST_CREATED" } }), "createWebhook");
        var list = await _api.RunAsync(_api.Bob, "{ webhooks { nodes { id } } }");
        var node = await _api.RunAsync(_api.Bob, "query($id: ID!) { node(id: $id) { id } }", new { id });

        Assert.Equal(("NotAuthorizedError", JsonValueKind.Null, JsonValueKind.Null),
            (refused.GetProperty("errors")[0].GetProperty("__typename").GetString(), refused.GetProperty("webhook").ValueKind, refused.GetProperty("secret").ValueKind));
        Assert.Equal("AUTH_NOT_AUTHORIZED", list.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, CommunitySchemaTests.Data(node).GetProperty("node").ValueKind);
        Assert.Equal(1, await _api.CountAsync(db => db.Webhooks));
    }

    [Theory]
    [InlineData("http://hooks.example.com/in")]
    [InlineData("https://user:secret@hooks.example.com/in")]
    public async Task An_address_that_is_not_plain_https_is_refused_outside_development(string url)
    {
        var payload = Payload(await _api.RunAsync(_api.Ada, Create, new { url, types = new[] { "POST_CREATED" } }), "createWebhook");

        Assert.Equal("InvalidInputError", payload.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, await _api.CountAsync(db => db.Webhooks));
    }

    [Fact]
    public async Task Rotating_gives_a_new_secret_while_the_old_one_overlaps_and_editing_pauses()
    {
        var created = Payload(await _api.RunAsync(_api.Ada, Create, new { url = "https://hooks.example.com/in", types = new[] { "POST_CREATED" } }), "createWebhook");
        var id = created.GetProperty("webhook").GetProperty("id").GetString();

        var rotated = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { rotateWebhookSecret(input: { webhookId: $id, overlapHours: 6 }) { webhook { previousSecretExpiresAt } secret " + Errors + " } }",
            new { id }), "rotateWebhookSecret");
        var tooLong = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { rotateWebhookSecret(input: { webhookId: $id, overlapHours: 500 }) { secret " + Errors + " } }",
            new { id }), "rotateWebhookSecret");
        var paused = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { editWebhook(input: { webhookId: $id, isActive: false, eventTypes: [EVENT_UPDATED] }) { webhook { isActive eventTypes } " + Errors + " } }",
            new { id }), "editWebhook");

        Assert.NotEqual(created.GetProperty("secret").GetString(), rotated.GetProperty("secret").GetString());
        Assert.NotEqual(JsonValueKind.Null, rotated.GetProperty("webhook").GetProperty("previousSecretExpiresAt").ValueKind);
        Assert.Equal("InvalidInputError", tooLong.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, tooLong.GetProperty("secret").ValueKind);
        Assert.False(paused.GetProperty("webhook").GetProperty("isActive").GetBoolean());
        Assert.Equal(["EVENT_UPDATED"], paused.GetProperty("webhook").GetProperty("eventTypes").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task The_delivery_log_pages_in_event_order_with_attempts_and_a_failed_delivery_is_redelivered()
    {
        var id = Payload(await _api.RunAsync(_api.Ada, Create, new { url = "https://hooks.example.com/in", types = new[] { "POST_CREATED" } }), "createWebhook")
            .GetProperty("webhook").GetProperty("id").GetString();
        await using (var db = _api.Database.CreateContext())
        {
            var webhook = await db.Webhooks.SingleAsync();
            for (var eventId = 1; eventId <= 3; eventId++)
            {
                var delivery = new WebhookDelivery(webhook.Id, eventId, WebhookEventType.PostCreated, $$"""{"n":{{eventId}}}""", DateTime.UtcNow);
                db.WebhookDeliveries.Add(delivery);
            }

            await db.SaveChangesAsync();
        }

        const string Log = """
            query($id: ID!, $after: String) { node(id: $id) { ... on Webhook { deliveries(first: 2, after: $after) {
              pageInfo { endCursor hasNextPage } nodes { id messageId payload status attemptCount attempts { statusCode } } } } } }
            """;
        var first = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Log, new { id })).GetProperty("node").GetProperty("deliveries");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var rest = CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, Log, new { id, after = cursor })).GetProperty("node").GetProperty("deliveries");

        Assert.Equal(["evt_1", "evt_2"], first.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("messageId").GetString()));
        Assert.Equal(["evt_3"], rest.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("messageId").GetString()));
        Assert.Equal("""{"n":3}""", rest.GetProperty("nodes")[0].GetProperty("payload").GetString());
        Assert.False(rest.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var deliveryId = rest.GetProperty("nodes")[0].GetProperty("id").GetString();
        var redelivered = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { redeliverWebhookDelivery(input: { deliveryId: $id }) { delivery { status nextAttemptAt } " + Errors + " } }",
            new { id = deliveryId }), "redeliverWebhookDelivery");
        var byMember = Payload(await _api.RunAsync(_api.Bob, "mutation($id: ID!) { redeliverWebhookDelivery(input: { deliveryId: $id }) { delivery { status } " + Errors + " } }",
            new { id = deliveryId }), "redeliverWebhookDelivery");

        Assert.Equal("PENDING", redelivered.GetProperty("delivery").GetProperty("status").GetString());
        Assert.Equal("NotAuthorizedError", byMember.GetProperty("errors")[0].GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task A_deleted_webhook_leaves_the_list_and_cannot_be_changed()
    {
        var id = Payload(await _api.RunAsync(_api.Ada, Create, new { url = "https://hooks.example.com/in", types = new[] { "POST_CREATED" } }), "createWebhook")
            .GetProperty("webhook").GetProperty("id").GetString();

        var deleted = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { deleteWebhook(input: { webhookId: $id }) { deletedWebhookId " + Errors + " } }", new { id }), "deleteWebhook");
        var edited = Payload(await _api.RunAsync(_api.Ada, "mutation($id: ID!) { editWebhook(input: { webhookId: $id, isActive: true }) { webhook { id } " + Errors + " } }", new { id }), "editWebhook");

        Assert.Equal(id, deleted.GetProperty("deletedWebhookId").GetString());
        Assert.Equal("WebhookNotFoundError", edited.GetProperty("errors")[0].GetProperty("__typename").GetString());
        Assert.Equal(0, CommunitySchemaTests.Data(await _api.RunAsync(_api.Ada, "{ webhooks { totalCount } }")).GetProperty("webhooks").GetProperty("totalCount").GetInt32());
    }

    private static JsonElement Payload(JsonElement response, string mutation) =>
        CommunitySchemaTests.Data(response).GetProperty(mutation);
}
