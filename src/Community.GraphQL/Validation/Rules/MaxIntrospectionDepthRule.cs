using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// An introspection query nests the list fields of <c>__Type</c> (<c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c>, <c>inputFields</c>) fewer than three deep, as graphql-js's
/// MaxIntrospectionDepthRule allows: deeper nesting only multiplies the response, a known
/// denial-of-service vector. <c>ofType</c> is not counted, as in graphql-js: the standard
/// introspection query nests it seven deep.
/// https://spec.graphql.org/September2025/#sec-Introspection
/// </summary>
internal sealed class MaxIntrospectionDepthRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Introspection";

    public static readonly ValidationRule Rule = new(nameof(MaxIntrospectionDepthRule), SpecifiedBy, c => new MaxIntrospectionDepthRule(c));

    private const int MaxDepth = 3;

    /// <summary>The reported field whose selections are not checked again (graphql-js stops there too).</summary>
    private FieldNode? _reported;

    /// <summary>Every <c>__schema</c> or <c>__type</c> field, wherever it is (fragments included), is checked and reported at itself.</summary>
    public override void EnterField(FieldNode node)
    {
        if (_reported is null && node is { Name.Value: "__schema" or "__type", SelectionSet: { } selectionSet } && ExceedsDepth(selectionSet))
        {
            Report(ValidationErrors.IntrospectionTooDeep(), node);
            _reported = node;
        }
    }

    public override void LeaveField(FieldNode node)
    {
        if (ReferenceEquals(_reported, node))
        {
            _reported = null;
        }
    }

    /// <summary>
    /// Searches, with an explicit stack, for a path through fields and fragments that nests the
    /// counted fields <see cref="MaxDepth"/> deep. Whether a fragment leads there depends only on
    /// the depth reached when entering it, so each (fragment, depth) pair is explored once: cycles
    /// end, and fragments spread many times cost nothing more.
    /// </summary>
    private bool ExceedsDepth(SelectionSetNode root)
    {
        var explored = new HashSet<(string Fragment, int Depth)>();
        var pending = new Stack<(SelectionSetNode Set, int Depth)>();
        pending.Push((root, 0));
        while (pending.TryPop(out var item))
        {
            foreach (var selection in item.Set.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var depth = item.Depth;
                        if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields" && ++depth >= MaxDepth)
                        {
                            return true;
                        }

                        if (field.SelectionSet is { } selectionSet)
                        {
                            pending.Push((selectionSet, depth));
                        }

                        break;
                    case InlineFragmentNode inline:
                        pending.Push((inline.SelectionSet, item.Depth));
                        break;
                    case FragmentSpreadNode spread:
                        if (explored.Add((spread.Name.Value, item.Depth)) && Context.GetFragment(spread.Name.Value) is { } fragment)
                        {
                            pending.Push((fragment.SelectionSet, item.Depth));
                        }

                        break;
                }
            }
        }

        return false;
    }
}
