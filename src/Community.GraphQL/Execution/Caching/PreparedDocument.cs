using System.Collections.Concurrent;
using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Caching;

/// <summary>
/// A document parsed and validated once: either the errors that stop it, or its operations,
/// each prepared (limits checked, planned) on first use.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<OperationDefinitionNode, PreparedOperation> _prepared = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly List<OperationDefinitionNode> _operations = [];

    public PreparedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors)
    {
        Document = document;
        Errors = errors is { Count: > 0 } ? errors : null;
        if (document is null)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    _fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }
    }

    public DocumentNode? Document { get; }

    /// <summary>Syntax or validation errors; when set the document never executes.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>GetOperation (specification 6.1): the named operation, or the only one.</summary>
    public OperationDefinitionNode? SelectOperation(string? operationName, out GraphQLError? error)
    {
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (_operations.Count == 1)
            {
                return _operations[0];
            }

            error = GraphQLError.Coded(
                _operations.Count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationNotFound);
            return null;
        }

        foreach (var operation in _operations)
        {
            if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        error = GraphQLError.Coded($"Unknown operation named \"{operationName}\".", ErrorCodes.OperationNotFound);
        return null;
    }

    public PreparedOperation Prepare(Schema schema, OperationDefinitionNode operation, ExecutorOptions options)
        => _prepared.GetOrAdd(operation, op => PreparedOperation.Create(schema, op, _fragments, options));
}
