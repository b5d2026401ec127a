namespace Community.GraphQL.Execution.Batching;

/// <summary>
/// Collects the DataLoaders of one request that have queued keys. The executor dispatches them
/// once it has run every piece of synchronous work it has, so that loads made by sibling and
/// cousin fields land in one batch.
/// </summary>
internal sealed class BatchDispatcher
{
    /// <summary>The <see cref="Types.IResolverContext.RequestData"/> key under which the executor stores the request's dispatcher.</summary>
    public const string RequestDataKey = "Community.GraphQL.BatchDispatcher";

    private readonly object _gate = new();
    private readonly Action _wake;
    private List<IBatchDispatchable> _scheduled = [];

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
