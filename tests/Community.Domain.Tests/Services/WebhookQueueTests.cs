using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class WebhookQueueTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task Events_after_registration_are_queued_once_for_each_webhook_that_wants_them()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var before = await community.PostAsync(admin, null, "Before any webhook");
        var posts = await community.Webhooks.CreateAsync(admin.Id, "https://a.example.com", null, [WebhookEventType.PostCreated], false, "p");
        var comments = await community.Webhooks.CreateAsync(admin.Id, "https://b.example.com", null, [WebhookEventType.CommentAdded], false, "p");
        var post = await community.PostAsync(admin, null, "After");
        var comment = await community.Comments.AddAsync(admin.Id, post.Id, "First");

        var first = await QueueAsync(community);
        var again = await QueueAsync(community);

        Assert.Equal(2, first.Queued);
        Assert.Equal(0, again.Queued);
        await using var db = community.Context();
        var deliveries = await db.WebhookDeliveries.OrderBy(d => d.Id).ToListAsync();
        var outbox = await db.OutboxEvents.ToListAsync();
        Assert.Equal([(posts.Id, WebhookEventType.PostCreated), (comments.Id, WebhookEventType.CommentAdded)], deliveries.Select(d => (d.WebhookId, d.EventType)));
        Assert.Equal(outbox.Single(e => e.Type == OutboxEventType.PostCreated && e.PostId == post.Id).Id, deliveries[0].OutboxEventId);
        Assert.Equal(outbox.Single(e => e.Type == OutboxEventType.CommentAdded && e.CommentId == comment.Id).Id, deliveries[1].OutboxEventId);
        Assert.Equal($"PostCreated:{post.Id}", deliveries[0].Payload);
        Assert.DoesNotContain(deliveries, d => d.Payload == $"PostCreated:{before.Id}");
    }

    [DatabaseFact]
    public async Task A_paused_webhook_skips_the_events_of_its_pause_and_a_deleted_one_gets_nothing()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var paused = await community.Webhooks.CreateAsync(admin.Id, "https://a.example.com", null, [WebhookEventType.PostCreated], false, "p");
        var deleted = await community.Webhooks.CreateAsync(admin.Id, "https://b.example.com", null, [WebhookEventType.PostCreated], false, "p");
        await community.Webhooks.EditAsync(admin.Id, paused.Id, null, null, null, isActive: false, allowHttp: false);
        await community.Webhooks.DeleteAsync(admin.Id, deleted.Id);
        await community.PostAsync(admin, null, "During the pause");
        await QueueAsync(community);
        await community.Webhooks.EditAsync(admin.Id, paused.Id, null, null, null, isActive: true, allowHttp: false);
        var resumed = await community.PostAsync(admin, null, "After the pause");

        await QueueAsync(community);

        await using var db = community.Context();
        var delivery = Assert.Single(await db.WebhookDeliveries.ToListAsync());
        Assert.Equal((paused.Id, $"PostCreated:{resumed.Id}"), (delivery.WebhookId, delivery.Payload));
    }

    [DatabaseFact]
    public async Task Queues_running_at_once_queue_each_event_once()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        await community.Webhooks.CreateAsync(admin.Id, "https://a.example.com", null, [WebhookEventType.PostCreated], false, "p");
        for (var i = 0; i < 12; i++)
        {
            await community.PostAsync(admin, null, $"Post {i}");
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => QueueAsync(community)));

        await using var db = community.Context();
        Assert.Equal(12, await db.WebhookDeliveries.CountAsync());
        Assert.Equal(12, results.Sum(r => r.Queued));
        Assert.Equal(12, await db.WebhookDeliveries.Select(d => d.OutboxEventId).Distinct().CountAsync());
    }

    [DatabaseFact]
    public async Task A_body_of_null_means_the_subject_is_gone_and_the_position_still_moves_on()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var webhook = await community.Webhooks.CreateAsync(admin.Id, "https://a.example.com", null, [WebhookEventType.PostCreated], false, "p");
        await community.PostAsync(admin, null, "Gone");

        var gone = await new WebhookQueue(community.Context(), community.Clock).QueueAsync(10, (_, _, _) => Task.FromResult<string?>(null));
        var later = await QueueAsync(community);

        Assert.Equal((1, 0), gone);
        Assert.Equal(0, later.Queued);
        await using var db = community.Context();
        Assert.Equal((await db.OutboxEvents.MaxAsync(e => e.Id)), (await db.Webhooks.SingleAsync(w => w.Id == webhook.Id)).QueuedEventId);
    }

    private static Task<(int Read, int Queued)> QueueAsync(TestCommunity community) =>
        new WebhookQueue(community.Context(), community.Clock).QueueAsync(100, (row, type, _) => Task.FromResult<string?>($"{type}:{row.PostId}"));

    public sealed class Sqlite() : WebhookQueueTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : WebhookQueueTests(DatabaseProvider.PostgreSql);
}
