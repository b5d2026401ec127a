namespace Community.GraphQL.Subscriptions;

/// <summary>Values of <c>extensions.code</c> raised by the event bus.</summary>
public static class SubscriptionErrorCodes
{
    /// <summary>A subscriber's buffer overflowed and its stream was closed.</summary>
    public const string SubscriberTooSlow = "SUBSCRIBER_TOO_SLOW";

    /// <summary>The server is shutting down and accepts no new subscriptions.</summary>
    public const string ShuttingDown = "SERVER_SHUTTING_DOWN";
}
