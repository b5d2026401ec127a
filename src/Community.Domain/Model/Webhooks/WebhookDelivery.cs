namespace Community.Domain.Model;

/// <summary>
/// One community event for one webhook: the exact body to post (built once, so every attempt sends
/// the same bytes under the same id), and where its delivery stands. Failed attempts are retried
/// with growing delays for a day; <see cref="Attempts"/> keeps what each attempt got back.
/// </summary>
public sealed class WebhookDelivery
{
    /// <summary>How long retries go on before a delivery is marked failed.</summary>
    public static readonly TimeSpan RetryWindow = TimeSpan.FromDays(1);

    private readonly List<WebhookDeliveryAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    public WebhookDelivery(long webhookId, long outboxEventId, WebhookEventType eventType, string payload, DateTime now)
    {
        WebhookId = webhookId;
        OutboxEventId = outboxEventId;
        EventType = eventType;
        Payload = payload;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public long WebhookId { get; private set; }

    /// <summary>The outbox event delivered; with the webhook, unique, so an event is never queued twice for one endpoint.</summary>
    public long OutboxEventId { get; private set; }

    public WebhookEventType EventType { get; private set; }

    /// <summary>The JSON body posted, identical on every attempt.</summary>
    public string Payload { get; private set; } = null!;

    public WebhookDeliveryStatus Status { get; private set; }

    public int AttemptCount { get; private set; }

    /// <summary>When the next attempt is due; null once the delivery succeeded or failed.</summary>
    public DateTime? NextAttemptAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>When the current retry window began: creation, or the last redelivery.</summary>
    public DateTime? RedeliveredAt { get; private set; }

    public IReadOnlyCollection<WebhookDeliveryAttempt> Attempts => _attempts;

    /// <summary>The delay before the attempt after <paramref name="failedAttempts"/> failures: 30 s, doubling, at most 4 h.</summary>
    public static TimeSpan RetryDelay(int failedAttempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, failedAttempts - 1)), TimeSpan.FromHours(4).TotalSeconds));

    internal void Record(WebhookDeliveryAttempt attempt)
    {
        _attempts.Add(attempt);
        AttemptCount++;
        if (attempt.Succeeded)
        {
            Status = WebhookDeliveryStatus.Succeeded;
            NextAttemptAt = null;
            CompletedAt = attempt.AttemptedAt;
            return;
        }

        var next = attempt.AttemptedAt + RetryDelay(AttemptCount);
        if (next - (RedeliveredAt ?? CreatedAt) > RetryWindow)
        {
            Status = WebhookDeliveryStatus.Failed;
            NextAttemptAt = null;
            CompletedAt = attempt.AttemptedAt;
        }
        else
        {
            Status = WebhookDeliveryStatus.Pending;
            NextAttemptAt = next;
        }
    }

    internal void Redeliver(DateTime now)
    {
        Status = WebhookDeliveryStatus.Pending;
        NextAttemptAt = now;
        CompletedAt = null;
        RedeliveredAt = now;
    }
}
