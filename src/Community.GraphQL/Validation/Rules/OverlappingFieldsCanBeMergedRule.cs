using System.Runtime.CompilerServices;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// Fields that share a response name, including through fragments, can be merged: same field,
/// same arguments (unless their parents can never be the same object), shapes that agree, and
/// subfields that can be merged in turn.
/// https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
/// </summary>
/// <remarks>
/// graphql-js's algorithm: each selection set compares the fields "within" it once, then its
/// fields "between" each fragment it spreads, and the fragments between each other; comparing
/// two fields compares their subselections "between" each other. Three memos keep it fast: the
/// fields and fragment names of each selection set, and the pairs of fragments and the pairs
/// of field set and fragment already compared (noting whether the comparison assumed mutually
/// exclusive parents), so that fragments spread many times are compared once. Walks over
/// fragments use explicit stacks; recursion follows only field nesting, which fragments can
/// lengthen, so a stack check turns a pathological document into an error instead of a crash.
/// </remarks>
internal sealed class OverlappingFieldsCanBeMergedRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Field-Selection-Merging";

    public static readonly ValidationRule Rule = new(nameof(OverlappingFieldsCanBeMergedRule), SpecifiedBy, c => new OverlappingFieldsCanBeMergedRule(c));

    private readonly Dictionary<SelectionSetNode, FieldsAndFragmentNames> _fieldsAndFragmentNames = new(ReferenceEqualityComparer.Instance);
    private readonly PairSet _comparedFragmentPairs = new();
    private readonly FieldsAndFragmentPairs _comparedFieldsAndFragments = new();
    private readonly List<Conflict> _subConflicts = [];

    public override void EnterSelectionSet(SelectionSetNode node)
    {
        if (HasOnlyDistinctFields(node))
        {
            return;
        }

        foreach (var conflict in FindConflictsWithinSelectionSet(Context.ParentType, node))
        {
            Report(ValidationErrors.FieldsConflict(conflict.Reason), conflict.Fields1.Concat(conflict.Fields2));
        }
    }

    /// <summary>
    /// True for the common selection set of plain fields with distinct response names: it can
    /// hold no conflict of its own, so no field map is built for it (one is built later if a
    /// comparison between selection sets needs it).
    /// </summary>
    private static bool HasOnlyDistinctFields(SelectionSetNode node)
    {
        var selections = node.Selections;
        if (selections.Count > 16)
        {
            return false;
        }

        for (var i = 0; i < selections.Count; i++)
        {
            if (selections[i] is not FieldNode field)
            {
                return false;
            }

            for (var j = 0; j < i; j++)
            {
                if (((FieldNode)selections[j]).ResponseName == field.ResponseName)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);

        // (A) The fields of this selection set among themselves: the only "within" comparison.
        CollectConflictsWithin(conflicts, fieldMap);

        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) These fields against each spread fragment.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);

            // (C) Each spread fragment against the others spread alongside it.
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    /// <summary>
    /// (D) The fields against a fragment's fields, and (E) against every fragment it spreads,
    /// directly or not: a worklist rather than recursion, and each (fields, fragment) pair once.
    /// </summary>
    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, FieldMap fieldMap, string fragmentName)
    {
        var pending = new Stack<string>();
        pending.Push(fragmentName);
        while (pending.TryPop(out var name))
        {
            if (!_comparedFieldsAndFragments.TryAdd(fieldMap, name, areMutuallyExclusive)
                || Context.GetFragment(name) is not { } fragment)
            {
                continue;
            }

            var (fieldMap2, referencedFragmentNames) = GetReferencedFieldsAndFragmentNames(fragment);

            // A fragment's fields are never compared with themselves.
            if (ReferenceEquals(fieldMap, fieldMap2))
            {
                continue;
            }

            CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap, fieldMap2);
            for (var k = referencedFragmentNames.Count - 1; k >= 0; k--)
            {
                pending.Push(referencedFragmentNames[k]);
            }
        }
    }

    /// <summary>
    /// (F) Two fragments' fields, and (G) each fragment against every fragment the other spreads,
    /// recursively. The pairs form a graph as large as the square of the fragment count, so it is
    /// walked with an explicit stack (in the order recursion would take) rather than recursion.
    /// </summary>
    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        var pending = new Stack<(string, string)>();
        pending.Push((fragmentName1, fragmentName2));
        while (pending.TryPop(out var pair))
        {
            var (name1, name2) = pair;
            if (name1 == name2 || _comparedFragmentPairs.Has(name1, name2, areMutuallyExclusive))
            {
                continue;
            }

            _comparedFragmentPairs.Add(name1, name2, areMutuallyExclusive);
            if (Context.GetFragment(name1) is not { } fragment1 || Context.GetFragment(name2) is not { } fragment2)
            {
                continue;
            }

            var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
            var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);
            CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

            for (var k = referenced1.Count - 1; k >= 0; k--)
            {
                pending.Push((referenced1[k], name2));
            }

            for (var k = referenced2.Count - 1; k >= 0; k--)
            {
                pending.Push((name1, referenced2[k]));
            }
        }
    }

    private void FindConflictsBetweenSubSelectionSets(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

        // (I) Each set of fields against the fragments the other spreads.
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap2, name);
        }

        // (J) The fragments of one against the fragments of the other.
        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, FieldMap fieldMap)
    {
        foreach (var responseName in fieldMap.ResponseNames)
        {
            var fields = fieldMap[responseName];
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Fields within one selection set are never mutually exclusive.
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, FieldMap fieldMap1, FieldMap fieldMap2)
    {
        foreach (var responseName in fieldMap1.ResponseNames)
        {
            if (!fieldMap2.TryGet(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fieldMap1[responseName])
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        var (parentType1, node1, definition1) = field1;
        var (parentType2, node2, definition2) = field2;

        // Fields of two different object types can never apply to the same object, so they may
        // differ in name and arguments; interfaces and unions might overlap, now or later.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);

        if (!areMutuallyExclusive)
        {
            if (node1.Name.Value != node2.Name.Value)
            {
                return new Conflict(
                    new ConflictReason(responseName, ValidationErrors.DifferentFieldNames(node1.Name.Value, node2.Name.Value)),
                    [node1],
                    [node2]);
            }

            if (!SameArguments(node1.Arguments, node2.Arguments))
            {
                return new Conflict(new ConflictReason(responseName, ValidationErrors.DifferingArguments()), [node1], [node2]);
            }
        }

        var type1 = definition1?.Type;
        var type2 = definition2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(new ConflictReason(responseName, ValidationErrors.ConflictingTypes(type1, type2)), [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();

            // Subfield conflicts gather on a shared stack (most comparisons find none, and then
            // allocate nothing); nested comparisons push and pop above this one's start.
            var start = _subConflicts.Count;
            FindConflictsBetweenSubSelectionSets(
                _subConflicts,
                areMutuallyExclusive,
                type1?.NamedType(),
                selectionSet1,
                type2?.NamedType(),
                selectionSet2);
            if (_subConflicts.Count > start)
            {
                var subConflicts = _subConflicts.GetRange(start, _subConflicts.Count - start);
                _subConflicts.RemoveRange(start, subConflicts.Count);
                var fields1 = new List<FieldNode> { node1 };
                var fields2 = new List<FieldNode> { node2 };
                foreach (var sub in subConflicts)
                {
                    fields1.AddRange(sub.Fields1);
                    fields2.AddRange(sub.Fields2);
                }

                return new Conflict(new ConflictReason(responseName, subConflicts.Select(c => c.Reason).ToList()), fields1, fields2);
            }
        }

        return null;
    }

    private static bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var found = false;
            foreach (var argument2 in arguments2)
            {
                if (argument1.Name.Value == argument2.Name.Value)
                {
                    found = ValueLiteralEquality.AreEqual(argument1.Value, argument2.Value);
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Two output types conflict when no value could be both: lists and non-nulls must match
    /// wrapper for wrapper, and leaves must be the same type. Composite types do not conflict
    /// here; their subfields are compared instead.
    /// </summary>
    private static bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
    {
        while (true)
        {
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                (type1, type2) = (list1.OfType, list2.OfType);
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                (type1, type2) = (nonNull1.OfType, nonNull2.OfType);
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }
    }

    private FieldsAndFragmentNames GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_fieldsAndFragmentNames.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fieldMap = new FieldMap();
        var fragmentNames = new List<string>();
        var seenFragments = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsAndFragmentNames(parentType, selectionSet, fieldMap, fragmentNames, seenFragments);
        var result = new FieldsAndFragmentNames(fieldMap, fragmentNames);
        _fieldsAndFragmentNames[selectionSet] = result;
        return result;
    }

    private FieldsAndFragmentNames GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment)
    {
        if (_fieldsAndFragmentNames.TryGetValue(fragment.SelectionSet, out var cached))
        {
            return cached;
        }

        return GetFieldsAndFragmentNames(TypeFromAst.Resolve(Context.Schema, fragment.TypeCondition), fragment.SelectionSet);
    }

    private void CollectFieldsAndFragmentNames(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        FieldMap fieldMap,
        List<string> fragmentNames,
        HashSet<string> seenFragments)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    fieldMap.Add(field.ResponseName, new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    if (seenFragments.Add(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var fragmentType = inline.TypeCondition is { } condition ? TypeFromAst.Resolve(Context.Schema, condition) : parentType;
                    CollectFieldsAndFragmentNames(fragmentType, inline.SelectionSet, fieldMap, fragmentNames, seenFragments);
                    break;
            }
        }
    }

    /// <summary>A selected field with the type it was selected on and its definition there (null when unknown).</summary>
    private readonly record struct FieldAndDefinition(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition);

    private sealed record FieldsAndFragmentNames(FieldMap FieldMap, List<string> FragmentNames);

    private sealed record Conflict(ConflictReason Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>Fields by response name, names in the order first selected.</summary>
    private sealed class FieldMap
    {
        private readonly Dictionary<string, List<FieldAndDefinition>> _fields = new(StringComparer.Ordinal);

        public List<string> ResponseNames { get; } = [];

        public List<FieldAndDefinition> this[string responseName] => _fields[responseName];

        public bool TryGet(string responseName, out List<FieldAndDefinition> fields) => _fields.TryGetValue(responseName, out fields!);

        public void Add(string responseName, FieldAndDefinition field)
        {
            if (!_fields.TryGetValue(responseName, out var list))
            {
                list = [];
                _fields[responseName] = list;
                ResponseNames.Add(responseName);
            }

            list.Add(field);
        }
    }

    /// <summary>
    /// Unordered pairs of fragment names already compared. A comparison made without assuming
    /// mutually exclusive parents also covers one that assumes them, not the other way round.
    /// </summary>
    private sealed class PairSet
    {
        private readonly Dictionary<(string, string), bool> _pairs = new();

        public bool Has(string a, string b, bool areMutuallyExclusive)
            => _pairs.TryGetValue(Key(a, b), out var storedExclusive) && (areMutuallyExclusive || !storedExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[Key(a, b)] = areMutuallyExclusive;

        private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
    }

    /// <summary>
    /// (field set, fragment) pairs already compared, the field set by identity; as for
    /// <see cref="PairSet"/>, a comparison without assumed exclusivity covers one with it.
    /// </summary>
    private sealed class FieldsAndFragmentPairs
    {
        private readonly Dictionary<FieldMap, Dictionary<string, bool>> _pairs = new(ReferenceEqualityComparer.Instance);

        /// <summary>Records the pair; false when it was already covered.</summary>
        public bool TryAdd(FieldMap fieldMap, string fragmentName, bool areMutuallyExclusive)
        {
            if (!_pairs.TryGetValue(fieldMap, out var fragments))
            {
                fragments = new Dictionary<string, bool>(StringComparer.Ordinal);
                _pairs[fieldMap] = fragments;
            }

            if (fragments.TryGetValue(fragmentName, out var storedExclusive) && (areMutuallyExclusive || !storedExclusive))
            {
                return false;
            }

            fragments[fragmentName] = areMutuallyExclusive;
            return true;
        }
    }
}
