using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Transport;

/// <summary>
/// A stand-in executor that drives the transports' status and protocol logic without the engine:
/// <c>{</c> is a syntax error, <c>unknownField</c> a validation error, <c>mutation</c> a mutation,
/// <c>subscription</c> a subscription fed by <see cref="Events"/>; anything else answers
/// <c>{"__typename":"Query"}</c> plus the variables it received.
/// </summary>
internal sealed class FakeRequestExecutor : IRequestExecutor
{
    public Schema Schema => null!;

    public List<(GraphQLRequest Request, RequestOptions Options)> Received { get; } = [];

    /// <summary>Makes the event stream of each subscription operation.</summary>
    public Func<RequestOptions, IAsyncEnumerable<object?>> Events { get; set; } = _ => Empty();

    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null)
    {
        options ??= new RequestOptions();
        lock (Received)
        {
            Received.Add((request, options));
        }

        var query = request.Query ?? string.Empty;
        if (query.Trim() == "{")
        {
            return Task.FromResult(ExecutionResult.RequestError(GraphQLError.Coded("Syntax Error: Expected Name, found <EOF>.", ErrorCodes.SyntaxError, [new SourceLocation(1, 2)])));
        }

        if (query.Contains("unknownField", StringComparison.Ordinal))
        {
            return Task.FromResult(ExecutionResult.RequestError(GraphQLError.Coded("Cannot query field \"unknownField\" on type \"Query\".", ErrorCodes.ValidationFailed, [new SourceLocation(1, 3)])));
        }

        if (request.OperationName == "Missing")
        {
            return Task.FromResult(ExecutionResult.RequestError(GraphQLError.Coded("Unknown operation named \"Missing\".", ErrorCodes.OperationNotFound)));
        }

        var operation = query.TrimStart().StartsWith("mutation", StringComparison.Ordinal) ? OperationType.Mutation
            : query.TrimStart().StartsWith("subscription", StringComparison.Ordinal) ? OperationType.Subscription
            : OperationType.Query;
        if (options.AllowedOperations is { } allowed && !allowed.Contains(operation))
        {
            return Task.FromResult(new ExecutionResult
            {
                HasData = false,
                IsRequestError = true,
                IsOperationNotAllowed = true,
                Errors = [GraphQLError.Coded($"{operation} operations are not allowed here.", ErrorCodes.BadRequest)],
            });
        }

        if (operation == OperationType.Subscription)
        {
            return Task.FromResult(new ExecutionResult { Stream = Stream(Events(options), options.CancellationToken) });
        }

        var data = new Dictionary<string, object?> { ["__typename"] = operation == OperationType.Mutation ? "Mutation" : "Query" };
        if (request.Variables is not null)
        {
            data["variables"] = request.Variables;
        }

        if (options.User?.Identity?.Name is { } name)
        {
            data["user"] = name;
        }

        return Task.FromResult(new ExecutionResult { Data = data });
    }

    private static async IAsyncEnumerable<ExecutionResult> Stream(IAsyncEnumerable<object?> events, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in events.WithCancellation(cancellationToken))
        {
            yield return new ExecutionResult { Data = new Dictionary<string, object?> { ["messages"] = item } };
        }
    }

    private static async IAsyncEnumerable<object?> Empty()
    {
        await Task.CompletedTask;
        yield break;
    }
}
