namespace Community.Domain.Model;

/// <summary>Where a webhook delivery stands.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Not delivered yet: waiting for its first attempt or for a retry.</summary>
    Pending = 0,

    /// <summary>The endpoint answered 2xx.</summary>
    Succeeded = 1,

    /// <summary>Every retry failed for a day; it can still be redelivered by hand.</summary>
    Failed = 2,
}
