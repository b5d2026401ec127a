using Community.GraphQL.Execution.Planning;

namespace Community.GraphQL.Execution.Processing;

/// <summary>Runs one execution under the executor's timeout and tells a timeout from the caller's own cancellation.</summary>
internal static class ExecutionRunner
{
    /// <summary>
    /// The result; when the execution timeout elapses, a result with only a
    /// <see cref="ErrorCodes.Timeout"/> error (partial data is discarded). When the caller's token
    /// (<paramref name="callerToken"/>) fires, <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public static async Task<ExecutionResult> RunAsync(
        ExecutorCore core,
        PreparedOperation prepared,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options,
        object? rootValue,
        bool isSubscriptionEvent,
        CancellationToken callerToken)
    {
        callerToken.ThrowIfCancellationRequested();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(callerToken);
        var timeout = core.Options.ExecutionTimeout;
        if (timeout > TimeSpan.Zero && timeout.TotalMilliseconds < int.MaxValue)
        {
            limit.CancelAfter(timeout);
        }

        var execution = new OperationExecution(core, prepared, variables, options, rootValue, isSubscriptionEvent, limit.Token);
        try
        {
            return await execution.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !callerToken.IsCancellationRequested)
        {
            var error = GraphQLError.Coded($"The operation did not complete within the execution timeout of {timeout.TotalSeconds:0.###} s.", ErrorCodes.Timeout);
            return new ExecutionResult { Data = null, Errors = [error] };
        }
    }
}
