namespace Community.GraphQL.Subscriptions;

/// <summary>
/// Publishes messages to topics and streams them to subscribers. The in-memory bus serves one
/// process; a cross-node bus (PostgreSQL LISTEN/NOTIFY, for one) implements the same contract by
/// serializing messages, so a message type should be a plain serializable value.
/// </summary>
public interface IEventBus
{
    /// <summary>
    /// Sends <paramref name="message"/> to every current subscriber of <paramref name="topic"/>.
    /// Never waits for a slow subscriber: one whose buffer is full is closed instead.
    /// </summary>
    ValueTask PublishAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Subscribes to <paramref name="topic"/>: messages published after this call completes are
    /// delivered in order. Dispose the stream to unsubscribe.
    /// </summary>
    ValueTask<IEventStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default);
}
