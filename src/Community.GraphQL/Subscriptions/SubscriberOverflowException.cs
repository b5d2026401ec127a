namespace Community.GraphQL.Subscriptions;

/// <summary>
/// Ends a subscriber's stream when it did not keep up with its topic: its buffer of
/// <see cref="BufferSize"/> messages was full when another message arrived.
/// </summary>
public sealed class SubscriberOverflowException : GraphQLException
{
    public SubscriberOverflowException(string topic, int bufferSize)
        : base(
            $"The subscription to \"{topic}\" was closed because it fell {bufferSize} events behind; resubscribe and read events faster.",
            SubscriptionErrorCodes.SubscriberTooSlow)
    {
        Topic = topic;
        BufferSize = bufferSize;
    }

    public string Topic { get; }

    public int BufferSize { get; }
}
