using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>
/// What every rule shares during one validation: the schema, the document and its fragments,
/// the walk's <see cref="Validation.TypeInfo"/>, facts computed once and memoized (fragment
/// spreads per selection set, fragments an operation reaches, variable usages), and the errors.
/// Every walk that follows fragment spreads here is iterative and remembers what it has seen,
/// so fragment cycles and deep fragment chains cost neither a crash nor repeated work.
/// </summary>
internal sealed class ValidationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly int _maxErrors;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _recursiveFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);

    public ValidationContext(Schema schema, DocumentNode document, int maxErrors)
    {
        Schema = schema;
        Document = document;
        _maxErrors = Math.Max(maxErrors, 0);
        TypeInfo = new TypeInfo(schema);
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment)
            {
                _fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    /// <summary>The type information of the main walk, current at the node being visited.</summary>
    public TypeInfo TypeInfo { get; }

    public IReadOnlyList<GraphQLError> Errors => _errors;

    /// <inheritdoc cref="TypeInfo.ParentType"/>
    public NamedType? ParentType => TypeInfo.ParentType;

    /// <inheritdoc cref="TypeInfo.Type"/>
    public IGraphQLType? Type => TypeInfo.Type;

    /// <inheritdoc cref="TypeInfo.InputType"/>
    public IGraphQLType? InputType => TypeInfo.InputType;

    /// <inheritdoc cref="TypeInfo.ParentInputType"/>
    public IGraphQLType? ParentInputType => TypeInfo.ParentInputType;

    /// <inheritdoc cref="TypeInfo.FieldDefinition"/>
    public FieldDefinition? FieldDefinition => TypeInfo.FieldDefinition;

    /// <inheritdoc cref="TypeInfo.Directive"/>
    public DirectiveDefinition? Directive => TypeInfo.Directive;

    /// <inheritdoc cref="TypeInfo.Argument"/>
    public ArgumentDefinition? Argument => TypeInfo.Argument;

    /// <summary>The first fragment definition of that name, or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>
    /// Adds an error located at <paramref name="nodes"/>. Once <c>MaxErrors</c> errors are held, adds
    /// the closing "too many errors" error instead and aborts the walk.
    /// </summary>
    public void ReportError(string message, string specifiedBy, IEnumerable<SyntaxNode> nodes) => ReportError(message, specifiedBy, nodes, coordinate: null);

    /// <summary>
    /// Adds an error about one element of the schema: <paramref name="coordinate"/> (its schema
    /// coordinate, such as <c>Query.post(id:)</c>) goes to <c>extensions.coordinate</c>.
    /// </summary>
    public void ReportError(string message, string specifiedBy, IEnumerable<SyntaxNode> nodes, string? coordinate)
    {
        if (_errors.Count >= _maxErrors)
        {
            _errors.Add(GraphQLError.Coded(ValidationErrors.TooManyErrors(), ErrorCodes.ValidationFailed));
            throw new ValidationAbortedException();
        }

        var locations = new List<SourceLocation>();
        foreach (var node in nodes)
        {
            if (!node.Location.IsNone)
            {
                locations.Add(new SourceLocation(node.Location.Line, node.Location.Column));
            }
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.ValidationFailed,
            ["specifiedBy"] = specifiedBy,
        };
        if (coordinate is not null)
        {
            extensions["coordinate"] = coordinate;
        }

        _errors.Add(new GraphQLError(message, locations.Count > 0 ? locations : null, extensions: extensions));
    }

    /// <summary>Adds an error that is not a rule's finding (the walk could not go on).</summary>
    public void AddUncheckedError(GraphQLError error) => _errors.Add(error);

    /// <summary>
    /// The fragment spreads inside a selection set, at any depth of fields and inline fragments,
    /// but not inside the fragments they name.
    /// </summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelectionSet }:
                        setsToVisit.Push(fieldSelectionSet);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment definition the operation reaches through spreads, directly or not, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_recursiveFragments.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(operation.SelectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var spread in GetFragmentSpreads(set))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && GetFragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    setsToVisit.Push(fragment.SelectionSet);
                }
            }
        }

        _recursiveFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>The variables used inside one operation or fragment (not through its spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached))
        {
            return cached;
        }

        var typeInfo = new TypeInfo(Schema);
        var collector = new VariableUsageCollector(this, typeInfo);
        new DocumentWalker(typeInfo, collector).WalkDefinition(definition);
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables used by an operation, including inside every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached))
        {
            return cached;
        }

        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        foreach (var fragment in GetRecursivelyReferencedFragments(operation))
        {
            usages.AddRange(GetVariableUsages(fragment));
        }

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Records each variable used as a value, with the type information where it stands.</summary>
    private sealed class VariableUsageCollector : ValidationVisitor
    {
        private readonly TypeInfo _typeInfo;
        private bool _inVariableDefinition;

        public VariableUsageCollector(ValidationContext context, TypeInfo typeInfo)
            : base(context, string.Empty) => _typeInfo = typeInfo;

        public List<VariableUsage> Usages { get; } = [];

        public override void EnterVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = true;

        public override void LeaveVariableDefinition(VariableDefinitionNode node) => _inVariableDefinition = false;

        public override void EnterVariable(VariableNode node)
        {
            if (!_inVariableDefinition)
            {
                Usages.Add(new VariableUsage(node, _typeInfo.InputType, _typeInfo.DefaultValue, _typeInfo.ParentInputType));
            }
        }
    }
}
