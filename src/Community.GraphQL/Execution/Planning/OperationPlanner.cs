using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Planning;

/// <summary>
/// CollectFields (specification 6.3.2) done once per (selection set, object type) and kept in
/// the plan: fragments expanded, type conditions applied, fields merged by response key,
/// constant <c>@skip</c>/<c>@include</c> folded and variable ones kept as conditions. The walk
/// uses an explicit stack and never follows a fragment into itself.
/// </summary>
internal sealed class OperationPlanner
{
    private static readonly InclusionCondition[] NoConditions = [];

    private readonly Schema _schema;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;

    public OperationPlanner(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        _schema = schema;
        _fragments = fragments;
    }

    public SelectionSetPlan CollectRoot(ObjectType rootType, SelectionSetNode selectionSet)
        => Collect(rootType, [(selectionSet, NoConditions)]);

    public SelectionSetPlan CollectSubfields(ObjectType type, IReadOnlyList<FieldOccurrence> occurrences)
    {
        var sets = new List<(SelectionSetNode, InclusionCondition[])>(occurrences.Count);
        foreach (var occurrence in occurrences)
        {
            if (occurrence.Node.SelectionSet is { } selectionSet)
            {
                sets.Add((selectionSet, occurrence.Conditions));
            }
        }

        return Collect(type, sets);
    }

    private SelectionSetPlan Collect(ObjectType type, IReadOnlyList<(SelectionSetNode Set, InclusionCondition[] Conditions)> selectionSets)
    {
        var fields = new List<FieldPlan>();
        var byResponseName = new Dictionary<string, FieldPlan>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        for (var i = selectionSets.Count - 1; i >= 0; i--)
        {
            stack.Push(new Frame(selectionSets[i].Set.Selections, selectionSets[i].Conditions, null));
        }

        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Index >= frame.Selections.Count)
            {
                stack.Pop();
                continue;
            }

            var selection = frame.Selections[frame.Index++];
            if (!TryCombineConditions(selection.Directives, frame.Conditions, out var conditions))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    AddField(type, field, conditions, fields, byResponseName);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || Matches(inline.TypeCondition.Name.Value, type))
                    {
                        stack.Push(new Frame(inline.SelectionSet.Selections, conditions, frame.Fragments));
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentPath.Contains(frame.Fragments, name)
                        || !_fragments.TryGetValue(name, out var fragment)
                        || !Matches(fragment.TypeCondition.Name.Value, type))
                    {
                        break;
                    }

                    stack.Push(new Frame(fragment.SelectionSet.Selections, conditions, new FragmentPath(name, frame.Fragments)));
                    break;
            }
        }

        foreach (var field in fields)
        {
            field.Complete();
        }

        return new SelectionSetPlan(type, fields.ToArray());
    }

    private void AddField(ObjectType type, FieldNode node, InclusionCondition[] conditions, List<FieldPlan> fields, Dictionary<string, FieldPlan> byResponseName)
    {
        var responseName = node.ResponseName;
        if (!byResponseName.TryGetValue(responseName, out var plan))
        {
            var name = node.Name.Value;
            FieldDefinition? definition;
            var kind = FieldKind.Resolved;
            if (name == "__typename")
            {
                kind = FieldKind.TypeName;
                definition = Introspection.TypeNameField;
            }
            else if (name == "__schema" && ReferenceEquals(type, _schema.QueryType))
            {
                definition = Introspection.SchemaField;
            }
            else if (name == "__type" && ReferenceEquals(type, _schema.QueryType))
            {
                definition = Introspection.TypeField;
            }
            else
            {
                definition = type.GetField(name);
            }

            if (definition is null && kind != FieldKind.TypeName)
            {
                // Validation reports unknown fields; without it they are left out, as graphql-js does.
                return;
            }

            var fieldType = definition?.Type ?? TypeNameResult.Type;
            plan = new FieldPlan(this, responseName, kind, definition, fieldType, node)
            {
                ReleasesContext = definition is not null && (Introspection.IsMetaField(definition) || Introspection.Types.Contains(type)),
            };
            byResponseName[responseName] = plan;
            fields.Add(plan);
        }

        plan.AddOccurrence(new FieldOccurrence(node, conditions));
    }

    private bool Matches(string typeCondition, ObjectType type)
    {
        if (typeCondition == type.Name)
        {
            return true;
        }

        var conditionType = _schema.GetType(typeCondition);
        return conditionType is not null && conditionType.IsAbstractType() && _schema.IsPossibleType(conditionType, type);
    }

    /// <summary>Adds the selection's own variable conditions to those inherited; false when a constant condition excludes it.</summary>
    private static bool TryCombineConditions(IReadOnlyList<DirectiveNode> directives, InclusionCondition[] inherited, out InclusionCondition[] conditions)
    {
        conditions = inherited;
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            bool include;
            if (name == "include")
            {
                include = true;
            }
            else if (name == "skip")
            {
                include = false;
            }
            else
            {
                continue;
            }

            ValueNode? value = null;
            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "if")
                {
                    value = argument.Value;
                }
            }

            switch (value)
            {
                case BooleanValueNode constant:
                    if (constant.Value != include)
                    {
                        return false;
                    }

                    break;
                case VariableNode variable:
                    var condition = new InclusionCondition(variable.Name.Value, include);
                    if (Array.IndexOf(conditions, condition) < 0)
                    {
                        conditions = [.. conditions, condition];
                    }

                    break;
            }
        }

        return true;
    }

    private sealed class Frame(IReadOnlyList<SelectionNode> selections, InclusionCondition[] conditions, FragmentPath? fragments)
    {
        public IReadOnlyList<SelectionNode> Selections { get; } = selections;

        public InclusionCondition[] Conditions { get; } = conditions;

        public FragmentPath? Fragments { get; } = fragments;

        public int Index { get; set; }
    }
}
