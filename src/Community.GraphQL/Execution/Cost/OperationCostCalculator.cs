using Community.GraphQL.Execution.Planning;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Cost;

/// <summary>
/// Estimates an operation's cost before it runs, as the IBM cost specification and HotChocolate's
/// cost analysis do, over the execution plan (fields merged, fragments expanded, <c>@skip</c> and
/// <c>@include</c> applied with the request's variables):
/// <list type="bullet">
/// <item>a field costs its weight plus its arguments' weights plus, multiplied by its list size,
/// the field cost of its selection (never below zero);</item>
/// <item>a composite field's type cost is, multiplied by its list size, its type's weight plus the
/// type cost of its selection; the operation adds its root type's weight;</item>
/// <item>a selection on an abstract type costs the most any of its possible types costs;</item>
/// <item>a list's size is the largest slicing argument given (a literal, a variable's value, or
/// the argument's default), else <c>slicingArgumentDefaultValue</c>, else <c>assumedSize</c>,
/// else <see cref="ExecutorOptions.DefaultListSize"/>; a <c>@listSize</c> with
/// <c>sizedFields</c> sizes those fields of its type instead of itself.</item>
/// </list>
/// The walk is iterative, and its work is bounded (ten times the operation's field limit, fields
/// and possible types counted): a hostile document is refused, never followed into a stack
/// overflow or an endless expansion. Plans of abstract fields' possible types are built for the
/// walk and dropped, so that costing does not fill the operation cache with plans execution
/// never uses.
/// </summary>
internal sealed class OperationCostCalculator
{
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly IReadOnlyDictionary<string, object?>? _rawVariables;
    private readonly Schema _schema;
    private readonly ExecutorOptions _options;
    private readonly int _budget;
    private readonly Dictionary<(IGraphQLType Type, object Value), double> _inputCosts = [];
    private int _work;
    private bool _readVariables;

    private OperationCostCalculator(Schema schema, ExecutorOptions options, IReadOnlyDictionary<string, object?> variables, IReadOnlyDictionary<string, object?>? rawVariables)
    {
        _schema = schema;
        _options = options;
        _variables = variables;
        _rawVariables = rawVariables;
        _budget = Math.Max(options.MaxFieldsPerOperation, 100) * 10;
    }

    /// <summary>
    /// The operation's cost, or (with a null cost) the error that refuses it.
    /// <paramref name="readVariables"/> tells whether any variable's value was read: when none
    /// was, every request for the operation has the same outcome.
    /// </summary>
    public static OperationCost? Calculate(
        Schema schema,
        PreparedOperation operation,
        IReadOnlyDictionary<string, object?> variables,
        IReadOnlyDictionary<string, object?>? rawVariables,
        ExecutorOptions options,
        out GraphQLError? error,
        out bool readVariables)
    {
        var calculator = new OperationCostCalculator(schema, options, variables, rawVariables);
        var cost = calculator.Walk(operation, out error);
        readVariables = calculator._readVariables;
        return cost;
    }

    private OperationCost? Walk(PreparedOperation operation, out GraphQLError? error)
    {
        error = null;
        var root = new SetFrame(operation.RootPlan!, null);
        var stack = new Stack<Frame>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            switch (stack.Peek())
            {
                case SetFrame set when set.Index == set.Plan.Fields.Length:
                    stack.Pop();
                    set.Owner?.AddPossibleType(set.FieldCost, set.TypeCost);
                    break;
                case SetFrame set:
                    var plan = set.Plan.Fields[set.Index++];
                    if (++_work > _budget)
                    {
                        error = CostErrors.TooLargeToEstimate(_budget);
                        return null;
                    }

                    _readVariables |= plan.Alternatives is not null;
                    if (plan.Kind != FieldKind.Resolved || plan.Definition is null || !plan.IsIncluded(_variables))
                    {
                        break;
                    }

                    var frame = EnterField(set, plan, out error);
                    if (error is not null)
                    {
                        return null;
                    }

                    if (frame.PossibleTypes.Count == 0)
                    {
                        frame.Complete();
                    }
                    else
                    {
                        stack.Push(frame);
                    }

                    break;
                case FieldFrame field when field.Next == field.PossibleTypes.Count:
                    stack.Pop();
                    field.Complete();
                    break;
                case FieldFrame field:
                    if (++_work > _budget)
                    {
                        error = CostErrors.TooLargeToEstimate(_budget);
                        return null;
                    }

                    var type = field.PossibleTypes[field.Next++];
                    var selection = field.Field.Type.NamedType() is ObjectType
                        ? field.Field.GetSelectionSetPlan(type)
                        : field.Field.BuildTransientSelectionSetPlan(type);
                    stack.Push(new SetFrame(selection, field));
                    break;
            }
        }

        return new OperationCost(root.FieldCost, root.TypeCost + CostWeights.OfType(operation.RootType!));
    }

    private FieldFrame EnterField(SetFrame parent, FieldPlan plan, out GraphQLError? error)
    {
        error = null;
        var definition = plan.Definition!;
        var node = plan.FirstNode;
        var ownCost = CostWeights.OfField(definition);
        foreach (var argumentNode in node.Arguments)
        {
            if (definition.GetArgument(argumentNode.Name.Value) is { } argument)
            {
                ownCost += CostWeights.OfInputValue(argument) + InputCost(argument.Type, argumentNode.Value);
            }
        }

        var listSize = ListSizeSettings.Read(definition.Directives);
        if (listSize is { RequireOneSlicingArgument: true, SlicingArguments.Length: > 0 })
        {
            var given = listSize.SlicingArguments.Count(name => IsGiven(node, name));
            if (given != 1)
            {
                error = CostErrors.ExactlyOneSlicingArgument(definition.Coordinate, listSize.SlicingArguments, given, node, PathOf(parent, plan));
            }
        }

        var namedType = definition.Type.NamedType();
        var possibleTypes = namedType switch
        {
            ObjectType objectType => [objectType],
            InterfaceType or UnionType => _schema.GetPossibleTypes(namedType),
            _ => (IReadOnlyList<ObjectType>)[],
        };

        var size = definition.Type.IsList() ? ListSizeOf(parent, definition, node, listSize) : 1;
        var childSize = listSize is { SizedFields.Length: > 0 } ? SizeFromArguments(listSize, definition, node) : (double?)null;
        return new FieldFrame(plan, parent, possibleTypes, ownCost, CostWeights.OfType(namedType), size, listSize?.SizedFields, childSize);
    }

    /// <summary>
    /// The cost of an argument's value, computed once per value: a large variable used in many
    /// fields, or a literal in a fragment spread many times, is walked once.
    /// </summary>
    private double InputCost(IGraphQLType type, ValueNode value)
    {
        if (type.NamedType() is not InputObjectType)
        {
            // Only input fields weigh; a scalar or enum value costs nothing, whatever it is.
            return 0;
        }

        var key = (type, value is VariableNode variable ? variable.Name.Value : (object)value);
        if (!_inputCosts.TryGetValue(key, out var cost))
        {
            _readVariables |= LiteralCoercion.ContainsVariables(value);
            cost = InputValueCost.Of(type, value, _rawVariables);
            _inputCosts[key] = cost;
        }

        return cost;
    }

    /// <summary>A field's list size: from its parent's <c>sizedFields</c>, else its own <c>@listSize</c>, else the default.</summary>
    private double ListSizeOf(SetFrame parent, FieldDefinition definition, FieldNode node, ListSizeSettings? listSize)
    {
        if (parent.Owner is { SizedFields: { } sizedFields, ChildListSize: { } inherited } && Array.IndexOf(sizedFields, definition.Name) >= 0)
        {
            return inherited;
        }

        return listSize is { SizedFields.Length: 0 } ? SizeFromArguments(listSize, definition, node) : Math.Max(_options.DefaultListSize, 0);
    }

    private double SizeFromArguments(ListSizeSettings listSize, FieldDefinition definition, FieldNode node)
    {
        double? largest = null;
        foreach (var name in listSize.SlicingArguments)
        {
            if (SlicingValue(node, definition, name) is { } value && (largest is null || value > largest))
            {
                largest = value;
            }
        }

        var size = largest ?? listSize.SlicingArgumentDefaultValue ?? listSize.AssumedSize ?? _options.DefaultListSize;
        return Math.Max(size, 0);
    }

    /// <summary>The number a slicing argument holds: its literal, its variable's value, or its default when not given; null when it is null.</summary>
    private double? SlicingValue(FieldNode node, FieldDefinition definition, string name)
    {
        var argument = node.Arguments.FirstOrDefault(a => a.Name.Value == name);
        object? value;
        switch (argument?.Value)
        {
            case IntValueNode literal:
                return double.TryParse(literal.Value, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            case VariableNode variable when _variables.TryGetValue(variable.Name.Value, out var variableValue):
                _readVariables = true;
                value = variableValue;
                break;
            case null or VariableNode:
                _readVariables |= argument is not null;
                value = definition.GetArgument(name)?.CoercedDefaultValue;
                break;
            default:
                return null;
        }

        return value switch
        {
            int i => i,
            long l => l,
            _ => null,
        };
    }

    /// <summary>Whether the operation gives the argument a value that is not null.</summary>
    private bool IsGiven(FieldNode node, string name)
    {
        switch (node.Arguments.FirstOrDefault(a => a.Name.Value == name)?.Value)
        {
            case null or NullValueNode:
                return false;
            case VariableNode variable:
                _readVariables = true;
                return _variables.TryGetValue(variable.Name.Value, out var value) && value is not null;
            default:
                return true;
        }
    }

    private static List<object> PathOf(SetFrame parent, FieldPlan field)
    {
        var path = new List<object> { field.ResponseName };
        for (var owner = parent.Owner; owner is not null; owner = owner.Parent.Owner)
        {
            path.Add(owner.Field.ResponseName);
        }

        path.Reverse();
        return path;
    }

    private abstract class Frame;

    /// <summary>A selection set being summed for one object type.</summary>
    private sealed class SetFrame(SelectionSetPlan plan, FieldFrame? owner) : Frame
    {
        public SelectionSetPlan Plan { get; } = plan;

        public FieldFrame? Owner { get; } = owner;

        public int Index { get; set; }

        public double FieldCost { get; set; }

        public double TypeCost { get; set; }
    }

    /// <summary>A field whose selection is being costed, once per possible type, keeping the most expensive.</summary>
    private sealed class FieldFrame(
        FieldPlan field,
        SetFrame parent,
        IReadOnlyList<ObjectType> possibleTypes,
        double ownCost,
        double typeWeight,
        double listSize,
        string[]? sizedFields,
        double? childListSize) : Frame
    {
        private double _selectionFieldCost;
        private double _selectionTypeCost;

        public FieldPlan Field { get; } = field;

        public SetFrame Parent { get; } = parent;

        public IReadOnlyList<ObjectType> PossibleTypes { get; } = possibleTypes;

        public int Next { get; set; }

        public string[]? SizedFields { get; } = sizedFields;

        public double? ChildListSize { get; } = childListSize;

        public void AddPossibleType(double fieldCost, double typeCost)
        {
            _selectionFieldCost = Math.Max(_selectionFieldCost, fieldCost);
            _selectionTypeCost = Math.Max(_selectionTypeCost, typeCost);
        }

        /// <summary>Adds the field's cost to its parent selection set.</summary>
        public void Complete()
        {
            Parent.FieldCost += Math.Max(0, ownCost + (_selectionFieldCost * listSize));
            Parent.TypeCost += (typeWeight + _selectionTypeCost) * listSize;
        }
    }
}
