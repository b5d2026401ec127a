using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Processing;

/// <summary>A field plan seen through one request's variables; made only when a resolver asks for it.</summary>
internal sealed class FieldSelection : IFieldSelection
{
    private readonly FieldPlan _plan;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private IReadOnlyDictionary<string, object?>? _arguments;

    public FieldSelection(FieldPlan plan, IReadOnlyDictionary<string, object?> variables)
    {
        _plan = plan;
        _variables = variables;
    }

    public string ResponseName => _plan.ResponseName;

    public FieldDefinition Field => _plan.Definition!;

    public IReadOnlyList<FieldNode> Nodes => _plan.Nodes;

    public IReadOnlyDictionary<string, object?> Arguments => _arguments ??= CoerceArguments();

    public IReadOnlyList<IFieldSelection> SelectionsOf(ObjectType type)
    {
        var plan = _plan.GetSelectionSetPlan(type);
        var selections = new List<IFieldSelection>(plan.Fields.Length);
        foreach (var field in plan.Fields)
        {
            // __typename has no definition to report and nothing to load.
            if (field.Kind == FieldKind.Resolved && field.Definition is not null && field.IsIncluded(_variables))
            {
                selections.Add(new FieldSelection(field, _variables));
            }
        }

        return selections;
    }

    private IReadOnlyDictionary<string, object?> CoerceArguments()
    {
        if (_plan.ConstantArgumentError is { } error)
        {
            throw error;
        }

        return _plan.ConstantArguments ?? ArgumentCoercion.Coerce(_plan.Definition!, _plan.FirstNode.Arguments, _variables, _plan.FirstNode);
    }
}
