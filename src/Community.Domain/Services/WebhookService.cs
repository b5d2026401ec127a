using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Webhooks: admins register endpoints for community events, edit them, rotate their signing secrets
/// and replay deliveries. The sender claims due deliveries (one node each, however many run) and
/// records what every attempt got back.
/// </summary>
public sealed class WebhookService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>An admin registers an endpoint; it receives the events committed from now on.</summary>
    public Task<Webhook> CreateAsync(long actorId, string url, string? description, IReadOnlyCollection<WebhookEventType> eventTypes,
        bool allowHttp, string protectedSecret, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await RequireAdminAsync(actorId, cancellationToken);
            var webhook = new Webhook(WebhookUrls.Validate(url, allowHttp), description, eventTypes, protectedSecret, actor.Id, Now,
                await OutboxFeed.HeadAsync(db, cancellationToken));
            db.Webhooks.Add(webhook);
            return webhook;
        }, cancellationToken);

    /// <summary>An admin changes the address, description, event types or pauses the webhook; omitted values stay.</summary>
    public Task<Webhook> EditAsync(long actorId, long webhookId, string? url, string? description, IReadOnlyCollection<WebhookEventType>? eventTypes,
        bool? isActive, bool allowHttp, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await RequireAdminAsync(actorId, cancellationToken);
            var webhook = await RequireWebhookAsync(webhookId, cancellationToken);
            webhook.Edit(url is null ? null : WebhookUrls.Validate(url, allowHttp), description, eventTypes, isActive);
            return webhook;
        }, cancellationToken);

    /// <summary>An admin deletes a webhook: no more deliveries; its delivery log stays readable to the database.</summary>
    public Task<Webhook> DeleteAsync(long actorId, long webhookId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await RequireAdminAsync(actorId, cancellationToken);
            var webhook = await RequireWebhookAsync(webhookId, cancellationToken);
            webhook.Delete(Now);
            return webhook;
        }, cancellationToken);

    /// <summary>An admin replaces the signing secret; the old one keeps signing alongside for <paramref name="overlap"/>.</summary>
    public Task<Webhook> RotateSecretAsync(long actorId, long webhookId, string protectedSecret, TimeSpan overlap,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await RequireAdminAsync(actorId, cancellationToken);
            var webhook = await RequireWebhookAsync(webhookId, cancellationToken);
            webhook.RotateSecret(protectedSecret, overlap, Now);
            return webhook;
        }, cancellationToken);

    /// <summary>An admin replays a delivery, whatever its state: it is due now, with a new day of retries, under the same id.</summary>
    public Task<WebhookDelivery> RedeliverAsync(long actorId, long deliveryId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await RequireAdminAsync(actorId, cancellationToken);
            var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken)
                ?? throw new DomainException(DomainErrors.WebhookDeliveryNotFound(deliveryId));
            await RequireWebhookAsync(delivery.WebhookId, cancellationToken);
            delivery.Redeliver(Now);
            return delivery;
        }, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="max"/> due deliveries of active webhooks for this node: each claim moves the
    /// delivery's next attempt <paramref name="lease"/> ahead with a conditional update, which only one node wins;
    /// a node that dies mid-send leaves the delivery due again when the lease ends.
    /// </summary>
    public async Task<List<WebhookDelivery>> ClaimDueAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                && db.Webhooks.Any(w => w.Id == d.WebhookId && w.IsActive && w.DeletedAt == null))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        var claimed = new List<WebhookDelivery>(due.Count);
        foreach (var delivery in due)
        {
            var until = now + lease;
            var won = await db.WebhookDeliveries
                .Where(d => d.Id == delivery.Id && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt == delivery.NextAttemptAt)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.NextAttemptAt, until), cancellationToken);
            if (won == 1)
            {
                claimed.Add(delivery);
            }
        }

        return claimed;
    }

    /// <summary>Records an attempt: success ends the delivery; a failure schedules the next try, or fails it once the day of retries is over.</summary>
    public Task<WebhookDelivery> RecordAttemptAsync(long deliveryId, WebhookDeliveryAttempt attempt, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var delivery = await db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken)
                ?? throw new DomainException(DomainErrors.WebhookDeliveryNotFound(deliveryId));
            delivery.Record(attempt.Unsaved());
            return delivery;
        }, cancellationToken);

    private async Task<Member> RequireAdminAsync(long actorId, CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        Guard.Against(!actor.IsAdmin, DomainErrors.NotAuthorized("Only admins manage webhooks."));
        return actor;
    }

    private async Task<Webhook> RequireWebhookAsync(long webhookId, CancellationToken cancellationToken) =>
        await db.Webhooks.FirstOrDefaultAsync(w => w.Id == webhookId && w.DeletedAt == null, cancellationToken)
        ?? throw new DomainException(DomainErrors.WebhookNotFound(webhookId));
}
