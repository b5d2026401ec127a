using Community.GraphQL.Execution.Batching;

namespace Community.GraphQL.Execution;

/// <summary>
/// Batches and caches loads by key for one request. <see cref="LoadAsync(TKey)"/> queues the
/// key; the executor calls the batch function once with every key queued while it ran the
/// current wave of resolvers, so a hundred posts loading their authors cost one batch call.
/// Obtain one with <c>context.DataLoader(name, batch)</c>.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatchable
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly BatchDispatcher? _dispatcher;
    private readonly CancellationToken _cancellationToken;
    private readonly object _gate = new();
    private readonly Dictionary<TKey, Task<TValue?>> _cache = new();
    private Dictionary<TKey, TaskCompletionSource<TValue?>> _queued = new();

    /// <summary>A loader that dispatches itself shortly after the first load (outside an execution).</summary>
    public DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch, CancellationToken cancellationToken = default)
        : this(batch, null, cancellationToken)
    {
    }

    internal DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        BatchDispatcher? dispatcher,
        CancellationToken cancellationToken)
    {
        _batch = batch ?? throw new ArgumentNullException(nameof(batch));
        _dispatcher = dispatcher;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many times the batch function was called (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for the key, or default when the batch function returned none for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        var task = Enqueue(key, out var scheduleNeeded);
        if (scheduleNeeded)
        {
            ScheduleDispatch();
        }

        return task;
    }

    /// <summary>The values for several keys, in the keys' order; the keys go into one batch.</summary>
    public async Task<IReadOnlyList<TValue?>> LoadAsync(IEnumerable<TKey> keys)
    {
        var scheduleNeeded = false;
        var tasks = new List<Task<TValue?>>();
        foreach (var key in keys)
        {
            tasks.Add(Enqueue(key, out var first));
            scheduleNeeded |= first;
        }

        if (scheduleNeeded)
        {
            ScheduleDispatch();
        }

        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    private Task<TValue?> Enqueue(TKey key, out bool first)
    {
        lock (_gate)
        {
            first = false;
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            // Inside an execution the waiting resolvers resume during the batch's hand-out (see
            // RunBatchAsync), so their children's loads are queued before the next dispatch.
            var completion = new TaskCompletionSource<TValue?>(_dispatcher is null ? TaskCreationOptions.RunContinuationsAsynchronously : TaskCreationOptions.None);
            first = _queued.Count == 0;
            _queued[key] = completion;
            _cache[key] = completion.Task;
            return completion.Task;
        }
    }

    private void ScheduleDispatch()
    {
        if (_dispatcher is not null)
        {
            _dispatcher.Schedule(this);
            return;
        }

        // Outside an execution: wait a turn so that loads made in the same burst share the batch.
        _ = Task.Run(async () =>
        {
            await Task.Yield();
            Dispatch();
        });
    }

    /// <summary>Puts a value in the cache (no effect when the key is already there).</summary>
    public void Prime(TKey key, TValue? value)
    {
        lock (_gate)
        {
            _cache.TryAdd(key, Task.FromResult(value));
        }
    }

    /// <summary>Forgets a cached key, so the next load asks the batch function again.</summary>
    public void Clear(TKey key)
    {
        lock (_gate)
        {
            _cache.Remove(key);
        }
    }

    void IBatchDispatchable.Dispatch() => Dispatch();

    private void Dispatch()
    {
        Dictionary<TKey, TaskCompletionSource<TValue?>> queued;
        lock (_gate)
        {
            if (_queued.Count == 0)
            {
                return;
            }

            queued = _queued;
            _queued = new Dictionary<TKey, TaskCompletionSource<TValue?>>();
            BatchCount++;
        }

        _ = RunBatchAsync(queued);
    }

    private async Task RunBatchAsync(Dictionary<TKey, TaskCompletionSource<TValue?>> queued)
    {
        IReadOnlyDictionary<TKey, TValue> values;
        try
        {
            values = await _batch(queued.Keys.ToList(), _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Fail(queued, exception);
            return;
        }

        _dispatcher?.BeginDelivery();
        try
        {
            foreach (var (key, completion) in queued)
            {
                completion.TrySetResult(values.TryGetValue(key, out var value) ? value : default);
            }
        }
        finally
        {
            _dispatcher?.EndDelivery();
        }
    }

    private void Fail(Dictionary<TKey, TaskCompletionSource<TValue?>> queued, Exception exception)
    {
        _dispatcher?.BeginDelivery();
        try
        {
            lock (_gate)
            {
                // A failed batch is not cached: a later load may try again.
                foreach (var key in queued.Keys)
                {
                    _cache.Remove(key);
                }
            }

            foreach (var completion in queued.Values)
            {
                if (exception is OperationCanceledException)
                {
                    completion.TrySetCanceled();
                }
                else
                {
                    completion.TrySetException(exception);
                }
            }
        }
        finally
        {
            _dispatcher?.EndDelivery();
        }
    }
}
