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

        await QueueUntilAsync(community, _ => DeliveriesOfAsync(community, post.Id, 2));
        var again = await QueueAsync(community);

        Assert.Equal(0, again.Queued);
        await using var db = community.Context();
        var outbox = await db.OutboxEvents.ToListAsync();
        var created = outbox.Single(e => e.Type == OutboxEventType.PostCreated && e.PostId == post.Id);
        var added = outbox.Single(e => e.Type == OutboxEventType.CommentAdded && e.CommentId == comment.Id);
        var deliveries = await db.WebhookDeliveries.ToListAsync();
        Assert.Equal([(posts.Id, WebhookEventType.PostCreated, $"PostCreated:{post.Id}")],
            deliveries.Where(d => d.OutboxEventId == created.Id).Select(d => (d.WebhookId, d.EventType, d.Payload)));
        Assert.Equal([(comments.Id, WebhookEventType.CommentAdded)], deliveries.Where(d => d.OutboxEventId == added.Id).Select(d => (d.WebhookId, d.EventType)));
        // Nothing at or before the position the webhook was registered at. (On PostgreSQL that position is
        // the oldest transaction still open on the server, so an event committed just before may follow it.)
        Assert.Contains(outbox, e => e.Type == OutboxEventType.PostCreated && e.PostId == before.Id);
        Assert.All(deliveries, d => Assert.True(outbox.Single(e => e.Id == d.OutboxEventId).Position > posts.QueuedPosition));
        Assert.Equal(deliveries.Count, deliveries.Select(d => (d.WebhookId, d.OutboxEventId)).Distinct().Count());
    }

    private static async Task<bool> DeliveriesOfAsync(TestCommunity community, long postId, int count)
    {
        await using var db = community.Context();
        return await db.WebhookDeliveries.CountAsync(d => d.Payload == $"PostCreated:{postId}" || d.EventType == WebhookEventType.CommentAdded) >= count;
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
        var during = await community.PostAsync(admin, null, "During the pause");
        await QueueUntilAsync(community, _ => PositionPassedAsync(community, paused.Id, during.Id));
        await community.Webhooks.EditAsync(admin.Id, paused.Id, null, null, null, isActive: true, allowHttp: false);
        var resumed = await community.PostAsync(admin, null, "After the pause");

        await QueueUntilAsync(community, total => total >= 1);

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

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => QueueUntilAsync(community, _ => DeliveriesAsync(community, 12))));

        await using var db = community.Context();
        Assert.Equal(12, await db.WebhookDeliveries.CountAsync());
        Assert.Equal(12, results.Sum());
        Assert.Equal(12, await db.WebhookDeliveries.Select(d => d.OutboxEventId).Distinct().CountAsync());
    }

    [DatabaseFact]
    public async Task A_body_of_null_means_the_subject_is_gone_and_the_position_still_moves_on()
    {
        await using var community = await CommunityAsync();
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var webhook = await community.Webhooks.CreateAsync(admin.Id, "https://a.example.com", null, [WebhookEventType.PostCreated], false, "p");
        var post = await community.PostAsync(admin, null, "Gone");

        var gone = await Eventually(() => new WebhookQueue(community.Context(), community.Clock).QueueAsync(10, (_, _, _) => Task.FromResult<string?>(null)),
            result => Task.FromResult(result.Read > 0));
        var later = await QueueAsync(community);

        Assert.Equal((1, 0), gone);
        Assert.Equal(0, later.Queued);
        await using var db = community.Context();
        Assert.Equal((await db.OutboxEvents.MaxAsync(e => e.Id)), (await db.Webhooks.SingleAsync(w => w.Id == webhook.Id)).QueuedEventId);
    }

    /// <summary>
    /// Queues until <paramref name="done"/> holds (given the deliveries queued so far). On PostgreSQL the outbox
    /// returns a row only once every older transaction of the server has ended, and tests of other classes run
    /// transactions on the same server, so the rows may show a moment late.
    /// </summary>
    private static async Task<int> QueueUntilAsync(TestCommunity community, Func<int, bool> done)
    {
        var total = 0;
        await Eventually(async () => total += (await QueueAsync(community)).Queued, _ => Task.FromResult(done(total)));
        return total;
    }

    private static async Task<int> QueueUntilAsync(TestCommunity community, Func<int, Task<bool>> done)
    {
        var total = 0;
        await Eventually(async () => total += (await QueueAsync(community)).Queued, _ => done(total));
        return total;
    }

    private static async Task<T> Eventually<T>(Func<Task<T>> attempt, Func<T, Task<bool>> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var result = await attempt();
            if (await done(result) || DateTime.UtcNow > deadline)
            {
                return result;
            }

            await Task.Delay(50);
        }
    }

    private static async Task<bool> PositionPassedAsync(TestCommunity community, long webhookId, long postId)
    {
        await using var db = community.Context();
        var row = await db.OutboxEvents.SingleAsync(e => e.Type == OutboxEventType.PostCreated && e.PostId == postId);
        return (await db.Webhooks.SingleAsync(w => w.Id == webhookId)).QueuedPosition >= row.Position;
    }

    private static async Task<bool> DeliveriesAsync(TestCommunity community, int count)
    {
        await using var db = community.Context();
        return await db.WebhookDeliveries.CountAsync() >= count;
    }

    private static Task<(int Read, int Queued)> QueueAsync(TestCommunity community) =>
        new WebhookQueue(community.Context(), community.Clock).QueueAsync(100, (row, type, _) => Task.FromResult<string?>($"{type}:{row.PostId}"));

    public sealed class Sqlite() : WebhookQueueTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : WebhookQueueTests(DatabaseProvider.PostgreSql);
}
