using System.Runtime.CompilerServices;
using Community.GraphQL.Execution.Planning;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// Subscribe and MapSourceToResponseEvent (specification 6.2.3): the root field's subscriber
/// creates the source stream; each event is the root value of one execution of the selection
/// set. Disposing the response stream's enumerator disposes the source's.
/// </summary>
internal static class SubscriptionExecution
{
    public static async Task<ExecutionResult> SubscribeAsync(
        ExecutorCore core,
        PreparedOperation prepared,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options)
    {
        var plan = prepared.RootPlan!;
        var index = Array.FindIndex(plan.Fields, f => f.Kind == FieldKind.Resolved);
        if (index < 0)
        {
            return Failed(GraphQLError.Coded("A subscription must select one root field.", ErrorCodes.SubscriptionFailed));
        }

        var setup = new OperationExecution(core, prepared, variables, options, options.RootValue, false, options.CancellationToken);
        FieldTask task;
        try
        {
            task = setup.CreateRootTask(index);
        }
        catch (GraphQLException exception)
        {
            return Failed(exception.Errors.ToArray());
        }

        var field = task.Plan.Definition!;
        if (field.Subscriber is not { } subscriber)
        {
            return Failed(Error($"Subscription field \"{field.Coordinate}\" has no event stream.", task, null));
        }

        IAsyncEnumerable<object?> source;
        try
        {
            source = await subscriber(task).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (options.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (GraphQLException exception)
        {
            return Failed(exception.Errors.Select(e => Locate(e, task)).ToArray());
        }
        catch (Exception exception)
        {
            var message = core.Options.IncludeExceptionDetails ? exception.Message : "Unexpected Execution Error";
            return Failed(Error(message, task, exception));
        }

        if (source is null)
        {
            return Failed(Error($"Subscription field \"{field.Coordinate}\" returned no event stream.", task, null));
        }

        return new ExecutionResult { HasData = false, Stream = MapAsync(core, prepared, variables, options, source) };
    }

    private static async IAsyncEnumerable<ExecutionResult> MapAsync(
        ExecutorCore core,
        PreparedOperation prepared,
        IReadOnlyDictionary<string, object?> variables,
        RequestOptions options,
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, options.CancellationToken);
        await using var events = source.GetAsyncEnumerator(linked.Token);
        while (true)
        {
            GraphQLError? failure = null;
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (OperationCanceledException) when (linked.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                // A broken source ends the subscription with one last, coded error.
                failure = new GraphQLError(
                    core.Options.IncludeExceptionDetails ? exception.Message : "The subscription's event stream failed.",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.SubscriptionFailed },
                    exception: exception);
            }

            if (failure is not null)
            {
                yield return new ExecutionResult { HasData = false, Errors = [failure] };
                yield break;
            }

            yield return await ExecutionRunner.RunAsync(core, prepared, variables, options, events.Current, true, linked.Token).ConfigureAwait(false);
        }
    }

    private static ExecutionResult Failed(params GraphQLError[] errors) => new() { HasData = false, Errors = errors };

    private static GraphQLError Error(string message, FieldTask task, Exception? exception)
        => new(
            message,
            task.Plan.Locations,
            [task.Plan.ResponseName],
            new Dictionary<string, object?> { ["code"] = ErrorCodes.SubscriptionFailed },
            exception);

    private static GraphQLError Locate(GraphQLError error, FieldTask task)
    {
        var located = error.Path is null ? error.WithPath([task.Plan.ResponseName]) : error;
        located = located.Locations is null ? located.WithLocations(task.Plan.Locations) : located;
        return located.Code is null ? located.WithExtension("code", ErrorCodes.SubscriptionFailed) : located;
    }
}
