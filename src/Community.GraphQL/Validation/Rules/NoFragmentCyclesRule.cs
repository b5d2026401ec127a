using Community.GraphQL.Language;

namespace Community.GraphQL.Validation.Rules;

/// <summary>
/// No fragment spreads itself, directly or through other fragments.
/// https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
/// </summary>
/// <remarks>
/// A depth-first search over the fragment graph with an explicit stack (a long chain of
/// fragments must not overflow the call stack); each fragment is explored once, and each cycle
/// is reported once, at the spreads that form it.
/// </remarks>
internal sealed class NoFragmentCyclesRule(ValidationContext context) : ValidationVisitor(context, SpecifiedBy)
{
    public const string SpecifiedBy = "https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles";

    public static readonly ValidationRule Rule = new(nameof(NoFragmentCyclesRule), SpecifiedBy, c => new NoFragmentCyclesRule(c));

    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(FragmentDefinitionNode node) => DetectCycles(node);

    private void DetectCycles(FragmentDefinitionNode root)
    {
        if (!_visited.Add(root.Name.Value))
        {
            return;
        }

        // The spreads on the current path, and where each fragment on the path starts in it.
        var spreadPath = new List<FragmentSpreadNode>();
        var pathIndexByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var frames = new Stack<Frame>();
        Push(root);

        while (frames.TryPeek(out var frame))
        {
            if (frame.Next >= frame.Spreads.Count)
            {
                frames.Pop();
                pathIndexByName.Remove(frame.FragmentName);
                if (frames.Count > 0)
                {
                    spreadPath.RemoveAt(spreadPath.Count - 1);
                }

                continue;
            }

            var spread = frame.Spreads[frame.Next++];
            var spreadName = spread.Name.Value;
            spreadPath.Add(spread);
            if (pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
            {
                var cyclePath = spreadPath.GetRange(cycleIndex, spreadPath.Count - cycleIndex);
                var via = cyclePath.Take(cyclePath.Count - 1).Select(s => s.Name.Value).ToList();
                Report(ValidationErrors.FragmentCycle(spreadName, via), cyclePath);
            }
            else if (Context.GetFragment(spreadName) is { } fragment && _visited.Add(spreadName))
            {
                if (Push(fragment))
                {
                    continue;
                }
            }

            spreadPath.RemoveAt(spreadPath.Count - 1);
        }

        bool Push(FragmentDefinitionNode fragment)
        {
            var spreads = Context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return false;
            }

            pathIndexByName[fragment.Name.Value] = spreadPath.Count;
            frames.Push(new Frame(fragment.Name.Value, spreads));
            return true;
        }
    }

    private sealed class Frame(string fragmentName, IReadOnlyList<FragmentSpreadNode> spreads)
    {
        public string FragmentName { get; } = fragmentName;

        public IReadOnlyList<FragmentSpreadNode> Spreads { get; } = spreads;

        public int Next { get; set; }
    }
}
