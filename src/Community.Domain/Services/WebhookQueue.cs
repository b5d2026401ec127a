using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Queues committed outbox events as deliveries for the webhooks that want them. Each webhook keeps
/// its own position in the outbox; its deliveries and its new position are written in one
/// transaction, and only when the position is still the one read, so a crash repeats nothing and
/// loses nothing, and two nodes queueing at once queue each event once.
/// </summary>
public sealed class WebhookQueue(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>The outbox event types a webhook can ask for; notifications are personal and never leave by webhook.</summary>
    public static WebhookEventType? TypeOf(OutboxEventType type) => type switch
    {
        OutboxEventType.PostCreated => WebhookEventType.PostCreated,
        OutboxEventType.CommentAdded => WebhookEventType.CommentAdded,
        OutboxEventType.ReactionsChanged => WebhookEventType.ReactionsChanged,
        OutboxEventType.EventUpdated => WebhookEventType.EventUpdated,
        _ => null,
    };

    /// <summary>
    /// Queues the events of up to <paramref name="max"/> outbox rows after the webhooks' positions. The caller makes
    /// each delivery's body (null: the subject is gone, nothing to deliver). Returns how many rows were read, so
    /// the caller calls again while it reads a full batch.
    /// </summary>
    public async Task<(int Read, int Queued)> QueueAsync(int max, Func<OutboxEvent, WebhookEventType, CancellationToken, Task<string?>> payload,
        CancellationToken cancellationToken = default)
    {
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => w.DeletedAt == null).ToListAsync(cancellationToken);
        if (webhooks.Count == 0)
        {
            return (0, 0);
        }

        var events = await OutboxFeed.ReadAfterAsync(db, webhooks.Min(w => w.QueuedPosition), max, cancellationToken);
        var bodies = new Dictionary<long, string?>();
        var queued = 0;
        foreach (var webhook in webhooks)
        {
            var after = events.Where(e => e.Position > webhook.QueuedPosition).ToList();
            if (after.Count == 0)
            {
                continue;
            }

            var deliveries = new List<WebhookDelivery>();
            foreach (var row in after)
            {
                if (TypeOf(row.Type) is not { } type || !webhook.Wants(type))
                {
                    continue;
                }

                if (!bodies.TryGetValue(row.Id, out var body))
                {
                    body = bodies[row.Id] = await payload(row, type, cancellationToken);
                }

                if (body is not null)
                {
                    deliveries.Add(new WebhookDelivery(webhook.Id, row.Id, type, body, clock.GetUtcNow().UtcDateTime));
                }
            }

            queued += await AdvanceAsync(webhook, after[^1].Position, deliveries, cancellationToken) ? deliveries.Count : 0;
        }

        return (events.Count, queued);
    }

    private async Task<bool> AdvanceAsync(Webhook webhook, OutboxPosition to, List<WebhookDelivery> deliveries, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var moved = await db.Webhooks
                .Where(w => w.Id == webhook.Id && w.QueuedTransactionId == webhook.QueuedTransactionId && w.QueuedEventId == webhook.QueuedEventId)
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.QueuedTransactionId, to.TransactionId).SetProperty(w => w.QueuedEventId, to.Id), cancellationToken);
            if (moved == 0)
            {
                // Another node queued these events first.
                return false;
            }

            db.WebhookDeliveries.AddRange(deliveries);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return true;
        });
    }
}
