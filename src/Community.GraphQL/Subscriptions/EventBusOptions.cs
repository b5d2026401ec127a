namespace Community.GraphQL.Subscriptions;

/// <summary>Settings of the in-memory event bus.</summary>
public sealed class EventBusOptions
{
    /// <summary>
    /// Messages a subscriber may have waiting before it counts as too slow and is closed; bounds
    /// the memory one subscriber can hold.
    /// </summary>
    public int SubscriberBufferSize { get; set; } = 1024;
}
