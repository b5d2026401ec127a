using System.Collections.Concurrent;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Planning;

/// <summary>
/// One response key of a selection set: the merged field nodes, the field definition, the
/// arguments (pre-coerced when they hold no variables) and, lazily, the plans of its own
/// selection set per concrete object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly OperationPlanner _planner;
    private readonly List<FieldOccurrence> _occurrences = [];
    private SelectionSetPlan? _objectPlan;
    private ConcurrentDictionary<ObjectType, SelectionSetPlan>? _abstractPlans;

    public FieldPlan(OperationPlanner planner, string responseName, FieldKind kind, FieldDefinition? definition, IGraphQLType type, FieldNode firstNode)
    {
        _planner = planner;
        ResponseName = responseName;
        Kind = kind;
        Definition = definition;
        Type = type;
        IsNonNull = type is NonNullType;
        LeafScalar = (type is NonNullType nonNull ? nonNull.OfType : type) as ScalarType;
        FirstNode = firstNode;
    }

    public string ResponseName { get; }

    public FieldKind Kind { get; }

    /// <summary>The schema field; null only for <c>__typename</c> when the introspection types are absent.</summary>
    public FieldDefinition? Definition { get; }

    public IGraphQLType Type { get; }

    public bool IsNonNull { get; }

    /// <summary>The field's scalar type when its value is a scalar, nullable or not (not a list).</summary>
    public ScalarType? LeafScalar { get; }

    public FieldNode FirstNode { get; }

    /// <summary>Where the field was selected: every merged node, as graphql-js reports them.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; private set; } = [];

    public IReadOnlyList<FieldNode> Nodes { get; private set; } = [];

    /// <summary>Null when the field is always included; otherwise it is included when any alternative's conditions all hold.</summary>
    public InclusionCondition[][]? Alternatives { get; private set; }

    /// <summary>The coerced arguments when they hold no variables (computed once).</summary>
    public IReadOnlyDictionary<string, object?>? ConstantArguments { get; private set; }

    /// <summary>The coercion failure of constant arguments, reported at each execution.</summary>
    public GraphQLException? ConstantArgumentError { get; private set; }

    public bool HasVariableArguments { get; private set; }

    /// <summary>
    /// True when the field's resolver is the engine's own and keeps no reference to its context
    /// after returning (the introspection fields), so that the context object can serve another
    /// field once this one is complete. A user's resolver may keep its context, so it always gets its own.
    /// </summary>
    public bool ReleasesContext { get; init; }

    /// <summary>The default resolver's getter for the last parent type seen (parents of one field are nearly always of one type).</summary>
    public Processing.CachedGetter? LastGetter { get; set; }

    internal void AddOccurrence(FieldOccurrence occurrence)
    {
        foreach (var existing in _occurrences)
        {
            if (ReferenceEquals(existing.Node, occurrence.Node) && existing.Conditions.AsSpan().SequenceEqual(occurrence.Conditions))
            {
                return;
            }
        }

        _occurrences.Add(occurrence);
    }

    /// <summary>Freezes the occurrences once collection is done and pre-coerces constant arguments.</summary>
    internal void Complete()
    {
        var nodes = new List<FieldNode>(_occurrences.Count);
        var alwaysIncluded = false;
        var alternatives = new List<InclusionCondition[]>();
        foreach (var occurrence in _occurrences)
        {
            if (!nodes.Contains(occurrence.Node))
            {
                nodes.Add(occurrence.Node);
            }

            alwaysIncluded |= occurrence.Conditions.Length == 0;
            alternatives.Add(occurrence.Conditions);
        }

        Nodes = nodes;
        Locations = nodes.Where(n => !n.Location.IsNone).Select(n => new SourceLocation(n.Location.Line, n.Location.Column)).ToArray();
        Alternatives = alwaysIncluded ? null : alternatives.ToArray();

        if (Definition is null)
        {
            ConstantArguments = ArgumentCoercion.Empty;
            return;
        }

        foreach (var argument in FirstNode.Arguments)
        {
            HasVariableArguments |= LiteralCoercion.ContainsVariables(argument.Value);
        }

        if (!HasVariableArguments)
        {
            try
            {
                ConstantArguments = ArgumentCoercion.Coerce(Definition, FirstNode.Arguments, null, FirstNode);
            }
            catch (GraphQLException exception)
            {
                ConstantArgumentError = exception;
            }
        }
    }

    public bool IsIncluded(IReadOnlyDictionary<string, object?> variables)
    {
        if (Alternatives is null)
        {
            return true;
        }

        foreach (var alternative in Alternatives)
        {
            if (InclusionCondition.AllSatisfied(alternative, variables))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The plan of this field's selection set for a type, built anew and not kept: cost analysis
    /// looks at every possible type of an abstract field, while execution keeps plans only for the
    /// types it meets.
    /// </summary>
    internal SelectionSetPlan BuildTransientSelectionSetPlan(ObjectType type) => _planner.CollectSubfields(type, _occurrences);

    /// <summary>The plan of this field's selection set for a concrete object type, built on first use and shared by later requests.</summary>
    public SelectionSetPlan GetSelectionSetPlan(ObjectType type)
    {
        if (Type.NamedType() is ObjectType)
        {
            return _objectPlan ??= _planner.CollectSubfields(type, _occurrences);
        }

        var plans = _abstractPlans;
        if (plans is null)
        {
            Interlocked.CompareExchange(ref _abstractPlans, new ConcurrentDictionary<ObjectType, SelectionSetPlan>(), null);
            plans = _abstractPlans;
        }

        return plans.GetOrAdd(type, t => _planner.CollectSubfields(t, _occurrences));
    }
}
