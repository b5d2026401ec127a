using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// A subscription selects exactly one root field, not an introspection field, and its root
/// selection does not depend on <c>@skip</c> or <c>@include</c>.
/// https://spec.graphql.org/September2025/#sec-Single-Root-Field
/// </summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Single-Root-Field";

    public static readonly ValidationRule Rule = new(nameof(SingleFieldSubscriptionsRule), SpecifiedBy, c => new SingleFieldSubscriptionsRule(c));

    public override void EnterOperationDefinition(OperationDefinitionNode node)
    {
        if (node.Operation != OperationType.Subscription || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var operationName = node.Name?.Value;
        var (groups, conditionalDirectives) = CollectRootFields(subscriptionType, node.SelectionSet);
        if (conditionalDirectives.Count > 0)
        {
            Report(ValidationErrors.SubscriptionSkipOrInclude(operationName), conditionalDirectives);
            return;
        }

        if (groups.Count == 0)
        {
            Report(ValidationErrors.SubscriptionNoField(operationName), node.SelectionSet);
        }
        else if (groups.Count > 1)
        {
            Report(ValidationErrors.SubscriptionNotSingleField(operationName), groups.Skip(1).SelectMany(g => g.Value));
        }

        foreach (var (_, fields) in groups)
        {
            if (fields[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                Report(ValidationErrors.SubscriptionIntrospectionField(operationName), fields);
            }
        }
    }

    /// <summary>
    /// The root fields grouped by response name, as execution would collect them (fragments whose
    /// type condition cannot apply are left out), and every <c>@skip</c>/<c>@include</c> met on the
    /// way. Iterative, and each fragment is entered once, so cycles cannot trap it.
    /// </summary>
    private (List<KeyValuePair<string, List<FieldNode>>> Groups, List<DirectiveNode> ConditionalDirectives) CollectRootFields(
        ObjectType rootType, SelectionSetNode selectionSet)
    {
        var groups = new List<KeyValuePair<string, List<FieldNode>>>();
        var groupIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var conditional = new List<DirectiveNode>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);

        // Selections still to collect, in document order: a stack of selection lists and positions.
        var pending = new Stack<(IReadOnlyList<SelectionNode> Selections, int Index)>();
        pending.Push((selectionSet.Selections, 0));
        while (pending.TryPop(out var frame))
        {
            if (frame.Index >= frame.Selections.Count)
            {
                continue;
            }

            var selection = frame.Selections[frame.Index];
            pending.Push((frame.Selections, frame.Index + 1));
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is "skip" or "include")
                {
                    conditional.Add(directive);
                }
            }

            switch (selection)
            {
                case FieldNode field:
                    if (groupIndex.TryGetValue(field.ResponseName, out var index))
                    {
                        groups[index].Value.Add(field);
                    }
                    else
                    {
                        groupIndex[field.ResponseName] = groups.Count;
                        groups.Add(new(field.ResponseName, [field]));
                    }

                    break;
                case InlineFragmentNode inline:
                    if (ConditionApplies(inline.TypeCondition, rootType))
                    {
                        pending.Push((inline.SelectionSet.Selections, 0));
                    }

                    break;
                case FragmentSpreadNode spread:
                    if (visitedFragments.Add(spread.Name.Value)
                        && Context.GetFragment(spread.Name.Value) is { } fragment
                        && ConditionApplies(fragment.TypeCondition, rootType))
                    {
                        pending.Push((fragment.SelectionSet.Selections, 0));
                    }

                    break;
            }
        }

        return (groups, conditional);
    }

    private bool ConditionApplies(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = TypeFromAst.Resolve(Context.Schema, condition);
        return ReferenceEquals(conditionType, type)
            || (conditionType is not null && conditionType.IsAbstractType() && Context.Schema.IsSubType(conditionType, type));
    }
}
