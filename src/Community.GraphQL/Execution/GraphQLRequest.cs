namespace Community.GraphQL.Execution;

/// <summary>
/// A GraphQL request as a transport received it. Variables and extensions hold decoded JSON:
/// string, bool, int, long, double, decimal, null, <c>List&lt;object?&gt;</c> and
/// <c>Dictionary&lt;string, object?&gt;</c>.
/// </summary>
public sealed class GraphQLRequest
{
    public string? Query { get; init; }

    public string? OperationName { get; init; }

    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The id of a trusted (persisted) operation, when the client sends one instead of the text.</summary>
    public string? DocumentId { get; init; }
}
