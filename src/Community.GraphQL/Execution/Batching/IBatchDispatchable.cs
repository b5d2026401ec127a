namespace Community.GraphQL.Execution.Batching;

/// <summary>A DataLoader as its dispatcher sees it: something with queued keys to send as one batch.</summary>
internal interface IBatchDispatchable
{
    /// <summary>Sends the queued keys (if any) to the batch function; completes the waiting loads when it answers.</summary>
    void Dispatch();
}
