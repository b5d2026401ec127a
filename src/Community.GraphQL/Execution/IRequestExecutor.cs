using Community.GraphQL.Types;

namespace Community.GraphQL.Execution;

/// <summary>
/// Executes requests against one schema: parse, validate, plan (each cached by document),
/// coerce variables, run resolvers. Expected failures come back as a result with errors;
/// the executor throws only when the caller's own cancellation token fires.
/// </summary>
public interface IRequestExecutor
{
    Schema Schema { get; }

    /// <summary>
    /// Runs a query or mutation; for a subscription operation the result carries
    /// <see cref="ExecutionResult.Stream"/> (or errors when the stream could not be created).
    /// </summary>
    Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null);
}
