namespace Community.GraphQL.Execution.Batching;

/// <summary>
/// Collects the DataLoaders of one request that have queued keys. The executor dispatches them
/// once it has run every piece of synchronous work it has, and no finished batch is still handing
/// out its values, so that loads made by sibling and cousin fields land in one batch.
/// </summary>
internal sealed class BatchDispatcher
{
    /// <summary>The <see cref="Types.IResolverContext.RequestData"/> key under which the executor stores the request's dispatcher.</summary>
    public const string RequestDataKey = "Community.GraphQL.BatchDispatcher";

    private readonly object _gate = new();
    private readonly Action _wake;
    private List<IBatchDispatchable> _scheduled = [];
    private int _delivering;

    /// <param name="wake">Called when work is scheduled, so an idle executor looks again.</param>
    public BatchDispatcher(Action wake) => _wake = wake;

    public bool HasScheduled
    {
        get
        {
            lock (_gate)
            {
                return _scheduled.Count > 0;
            }
        }
    }

    /// <summary>
    /// Whether a batch is handing its values to the fields that wait on them. Their resolvers resume
    /// during the hand-out and queue the loads of their children; dispatching before it ends would
    /// split those loads into several batches.
    /// </summary>
    public bool IsDelivering => Volatile.Read(ref _delivering) > 0;

    public void BeginDelivery() => Interlocked.Increment(ref _delivering);

    public void EndDelivery()
    {
        Interlocked.Decrement(ref _delivering);
        _wake();
    }

    public void Schedule(IBatchDispatchable loader)
    {
        lock (_gate)
        {
            if (_scheduled.Contains(loader))
            {
                return;
            }

            _scheduled.Add(loader);
        }

        _wake();
    }

    public void DispatchAll()
    {
        List<IBatchDispatchable> scheduled;
        lock (_gate)
        {
            scheduled = _scheduled;
            _scheduled = [];
        }

        foreach (var loader in scheduled)
        {
            loader.Dispatch();
        }
    }
}
