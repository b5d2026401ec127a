namespace Community.GraphQL.Subscriptions;

/// <summary>
/// One subscriber's messages. Enumeration ends when the bus shuts down (after every buffered
/// message), and throws <see cref="SubscriberOverflowException"/> when the subscriber fell too far
/// behind. Disposing the stream unsubscribes.
/// </summary>
public interface IEventStream<TMessage> : IAsyncEnumerable<TMessage>, IAsyncDisposable
{
    string Topic { get; }
}
