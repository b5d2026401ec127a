using System.Security.Claims;
using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// One field to resolve for one parent value, and the resolver's view of it. Its result goes to
/// a slot of a result map; its response path is derived from that slot only when asked for.
/// </summary>
internal sealed class FieldTask : IResolverContext
{
    private readonly OperationExecution _execution;

    public FieldTask(OperationExecution execution, FieldPlan plan, ObjectType objectType, object? parent, ResultMap target, int slot)
    {
        _execution = execution;
        Reset(plan, objectType, parent, target, slot);
    }

    public FieldPlan Plan { get; private set; } = null!;

    public ResultMap Target { get; private set; } = null!;

    public int Slot { get; private set; }

    /// <summary>What an asynchronous resolver produced, read back on the executor's loop.</summary>
    public object? AsyncResult { get; set; }

    public Exception? AsyncError { get; set; }

    public object? Parent { get; private set; }

    public ObjectType ObjectType { get; private set; } = null!;

    public Schema Schema => _execution.Schema;

    public FieldDefinition Field => Plan.Definition!;

    public IReadOnlyList<FieldNode> FieldNodes => Plan.Nodes;

    public OperationDefinitionNode Operation => _execution.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    public IFieldSelection Selection => new FieldSelection(Plan, _execution.Variables);

    public IReadOnlyList<object> Path => ResponsePath.Of(Target, Slot).Segments;

    public IReadOnlyDictionary<string, object?> Arguments { get; set; } = Values.ArgumentCoercion.Empty;

    public IServiceProvider Services => _execution.Services;

    public ClaimsPrincipal? User => _execution.User;

    public CancellationToken CancellationToken => _execution.CancellationToken;

    public IDictionary<string, object?> RequestData => _execution.RequestData;

    public T ParentAs<T>() => (T)Parent!;

    public T? Argument<T>(string name)
        => Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(GraphQLError error) => _execution.ReportError(error, this);

    /// <summary>Points a reused task at another field (only tasks no resolver has seen are reused).</summary>
    public void Reset(FieldPlan plan, ObjectType objectType, object? parent, ResultMap target, int slot)
    {
        Plan = plan;
        ObjectType = objectType;
        Parent = parent;
        Target = target;
        Slot = slot;
        Arguments = Values.ArgumentCoercion.Empty;
        AsyncResult = null;
        AsyncError = null;
    }
}
