using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>
/// An endpoint an admin registered to receive community events as signed HTTP POSTs. Its signing
/// secret is stored protected (the caller encrypts it); after a rotation the previous secret keeps
/// signing alongside the new one until <see cref="PreviousSecretExpiresAt"/>, so receivers can switch
/// without losing a delivery.
/// </summary>
public sealed class Webhook
{
    public const int UrlMaxLength = 2000;
    public const int DescriptionMaxLength = 500;

    /// <summary>The longest overlap of two secrets after a rotation.</summary>
    public static readonly TimeSpan MaxRotationOverlap = TimeSpan.FromDays(7);

    private Webhook()
    {
    }

    internal Webhook(string url, string? description, IReadOnlyCollection<WebhookEventType> eventTypes, string protectedSecret,
        long createdById, DateTime now, OutboxPosition start)
    {
        Url = url;
        Description = NormalizeDescription(description);
        EventTypes = ValidateEventTypes(eventTypes);
        ProtectedSecret = protectedSecret;
        CreatedById = createdById;
        CreatedAt = now;
        SecretRotatedAt = now;
        IsActive = true;
        QueuedTransactionId = start.TransactionId;
        QueuedEventId = start.Id;
    }

    public long Id { get; private set; }

    /// <summary>The absolute https (or, where allowed, http) address deliveries are posted to.</summary>
    public string Url { get; private set; } = null!;

    public string? Description { get; private set; }

    public IReadOnlyList<WebhookEventType> EventTypes { get; private set; } = [];

    /// <summary>The current signing secret, as protected by the caller; never returned to clients after creation.</summary>
    public string ProtectedSecret { get; private set; } = null!;

    /// <summary>The secret before the last rotation, still signing until <see cref="PreviousSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSecret { get; private set; }

    public DateTime? PreviousSecretExpiresAt { get; private set; }

    public DateTime SecretRotatedAt { get; private set; }

    /// <summary>Paused webhooks get no new deliveries; their pending ones wait.</summary>
    public bool IsActive { get; private set; }

    public long CreatedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? DeletedAt { get; private set; }

    /// <summary>
    /// With <see cref="QueuedEventId"/>, the outbox position up to which events were queued for this webhook
    /// (at first, the position when it was registered: it receives the events after it).
    /// </summary>
    public long QueuedTransactionId { get; private set; }

    public long QueuedEventId { get; private set; }

    public OutboxPosition QueuedPosition => new(QueuedTransactionId, QueuedEventId);

    /// <summary>The protected secrets that sign a delivery now: the current one, and the previous one during its overlap.</summary>
    public IReadOnlyList<string> SigningSecrets(DateTime now) =>
        PreviousProtectedSecret is { } previous && PreviousSecretExpiresAt > now ? [ProtectedSecret, previous] : [ProtectedSecret];

    public bool Wants(WebhookEventType type) => IsActive && DeletedAt is null && EventTypes.Contains(type);

    internal void Edit(string? url, string? description, IReadOnlyCollection<WebhookEventType>? eventTypes, bool? isActive)
    {
        Url = url ?? Url;
        Description = description is null ? Description : NormalizeDescription(description);
        EventTypes = eventTypes is null ? EventTypes : ValidateEventTypes(eventTypes);
        IsActive = isActive ?? IsActive;
    }

    internal void RotateSecret(string protectedSecret, TimeSpan overlap, DateTime now)
    {
        Guard.Against(overlap < TimeSpan.Zero || overlap > MaxRotationOverlap,
            DomainErrors.InvalidInput("overlap", $"the overlap runs from 0 to {MaxRotationOverlap.TotalHours:0} hours."));
        PreviousProtectedSecret = overlap > TimeSpan.Zero ? ProtectedSecret : null;
        PreviousSecretExpiresAt = overlap > TimeSpan.Zero ? now + overlap : null;
        ProtectedSecret = protectedSecret;
        SecretRotatedAt = now;
    }

    internal void Delete(DateTime now)
    {
        DeletedAt ??= now;
        IsActive = false;
    }

    private static string? NormalizeDescription(string? description)
    {
        var text = Guard.Text(description, nameof(Description), DescriptionMaxLength, required: false);
        return text.Length == 0 ? null : text;
    }

    private static WebhookEventType[] ValidateEventTypes(IReadOnlyCollection<WebhookEventType> eventTypes)
    {
        Guard.Against(eventTypes.Count == 0, DomainErrors.InvalidInput(nameof(EventTypes), "name at least one event type."));
        return eventTypes.Distinct().Order().ToArray();
    }
}
