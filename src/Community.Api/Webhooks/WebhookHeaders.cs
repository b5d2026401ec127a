using System.Globalization;

namespace Community.Api.Webhooks;

/// <summary>The headers of a delivery, as the Standard Webhooks specification names them.</summary>
public static class WebhookHeaders
{
    /// <summary>The delivery's id: the same on every attempt and redelivery, so receivers can drop repeats.</summary>
    public const string Id = "webhook-id";

    /// <summary>When the attempt was signed, in seconds since 1970 (UTC); receivers refuse old ones against replay.</summary>
    public const string Timestamp = "webhook-timestamp";

    /// <summary>Space-separated <c>v1,{base64}</c> signatures, one per signing secret.</summary>
    public const string Signature = "webhook-signature";

    public static string MessageId(long outboxEventId) => "evt_" + outboxEventId.ToString(CultureInfo.InvariantCulture);
}
