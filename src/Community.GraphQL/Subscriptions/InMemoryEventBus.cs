using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Community.GraphQL.Subscriptions;

/// <summary>
/// An <see cref="IEventBus"/> for one process. Each subscriber owns a bounded buffer: publishing
/// never waits, and a subscriber whose buffer is full is closed with
/// <see cref="SubscriberOverflowException"/> so that memory stays bounded.
/// </summary>
public sealed class InMemoryEventBus : IEventBus, IDisposable
{
    private readonly ConcurrentDictionary<string, Topic> _topics = new(StringComparer.Ordinal);
    private readonly int _bufferSize;
    private volatile bool _completed;

    public InMemoryEventBus(EventBusOptions? options = null)
    {
        _bufferSize = Math.Max(1, options?.SubscriberBufferSize ?? new EventBusOptions().SubscriberBufferSize);
    }

    /// <summary>Subscribers currently attached to <paramref name="topic"/>.</summary>
    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var t) ? t.Subscribers.Length : 0;

    public ValueTask PublishAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_completed || !_topics.TryGetValue(topic, out var entry))
        {
            return ValueTask.CompletedTask;
        }

        foreach (var subscriber in entry.Subscribers)
        {
            subscriber.Deliver(message);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<IEventStream<TMessage>> SubscribeAsync<TMessage>(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (_completed)
        {
            throw new GraphQLException("The server is shutting down and accepts no new subscriptions.", SubscriptionErrorCodes.ShuttingDown);
        }

        var subscriber = new Subscriber<TMessage>(this, topic, _bufferSize);
        while (true)
        {
            var entry = _topics.GetOrAdd(topic, static _ => new Topic());
            lock (entry)
            {
                // An entry emptied and removed concurrently is dead: take the topic's new one.
                if (!entry.Removed)
                {
                    entry.Subscribers = entry.Subscribers.Add(subscriber);
                    break;
                }
            }
        }

        // A shutdown that raced with this subscription must still end it.
        if (_completed)
        {
            subscriber.Complete();
        }

        return ValueTask.FromResult<IEventStream<TMessage>>(subscriber);
    }

    /// <summary>
    /// Stops the bus for shutdown: new subscriptions are refused and every subscriber's stream
    /// ends once it has delivered the messages already in its buffer.
    /// </summary>
    public void Complete()
    {
        _completed = true;
        foreach (var entry in _topics.Values)
        {
            foreach (var subscriber in entry.Subscribers)
            {
                subscriber.Complete();
            }
        }
    }

    public void Dispose() => Complete();

    private void Remove(string topic, ISubscriber subscriber)
    {
        if (!_topics.TryGetValue(topic, out var entry))
        {
            return;
        }

        lock (entry)
        {
            entry.Subscribers = entry.Subscribers.Remove(subscriber);
            if (entry.Subscribers.IsEmpty)
            {
                entry.Removed = true;
                _topics.TryRemove(new KeyValuePair<string, Topic>(topic, entry));
            }
        }
    }

    /// <summary>A topic's subscribers, replaced as a whole on change so publishing reads without locks.</summary>
    private sealed class Topic
    {
        public ImmutableArray<ISubscriber> Subscribers { get; set; } = ImmutableArray<ISubscriber>.Empty;

        public bool Removed { get; set; }
    }

    private interface ISubscriber
    {
        void Deliver(object? message);

        void Complete();
    }

    private sealed class Subscriber<TMessage> : ISubscriber, IEventStream<TMessage>
    {
        private readonly InMemoryEventBus _bus;
        private readonly System.Threading.Channels.Channel<TMessage> _channel;
        private readonly int _bufferSize;
        private volatile bool _overflowed;
        private volatile bool _closed;
        private int _disposed;

        public Subscriber(InMemoryEventBus bus, string topic, int bufferSize)
        {
            _bus = bus;
            Topic = topic;
            _bufferSize = bufferSize;
            _channel = System.Threading.Channels.Channel.CreateBounded<TMessage>(
                new System.Threading.Channels.BoundedChannelOptions(bufferSize)
                {
                    SingleReader = true,
                    SingleWriter = false,
                    FullMode = System.Threading.Channels.BoundedChannelFullMode.Wait,
                });
        }

        public string Topic { get; }

        public void Deliver(object? message)
        {
            if (message is not TMessage typed)
            {
                if (message is not null || default(TMessage) is not null)
                {
                    return;
                }

                typed = default!;
            }

            if (!_channel.Writer.TryWrite(typed) && !_closed)
            {
                _overflowed = true;
                _closed = true;
                _channel.Writer.TryComplete();
                _bus.Remove(Topic, this);
            }
        }

        public void Complete()
        {
            _closed = true;
            _channel.Writer.TryComplete();
        }

        public async IAsyncEnumerator<TMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var reader = _channel.Reader;
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (reader.TryRead(out var message))
                {
                    yield return message;
                }
            }

            if (_overflowed)
            {
                throw new SubscriberOverflowException(Topic, _bufferSize);
            }
        }

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                Complete();
                _bus.Remove(Topic, this);
            }

            return ValueTask.CompletedTask;
        }
    }
}
