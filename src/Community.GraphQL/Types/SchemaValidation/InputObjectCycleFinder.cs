namespace Community.GraphQL.Types;

/// <summary>
/// Finds input objects that cannot be given any finite value: every way to write one needs
/// another value of a type on a cycle. A plain input object needs each of its non-null input
/// object fields; a oneOf input object needs only one of its fields, so it is finite as soon as
/// one field is a scalar, an enum, a list, or a finite input object. Each cycle is reported once,
/// worded as graphql-js 17 words it. Both passes are loops, never recursion.
/// </summary>
internal sealed class InputObjectCycleFinder
{
    private readonly Action<string> _report;
    private readonly Dictionary<InputObjectType, State> _states = [];

    public InputObjectCycleFinder(Action<string> report) => _report = report;

    /// <summary>Takes part in the check that <see cref="ReportCycles"/> makes once every type was added.</summary>
    public void Add(InputObjectType type) => _states.TryAdd(type, new State(type));

    public void ReportCycles()
    {
        var finite = new Stack<State>();
        foreach (var state in _states.Values)
        {
            foreach (var field in state.Type.Fields)
            {
                if (Target(state.Type, field.Type) is { } target && _states.TryGetValue(target, out var targetState))
                {
                    state.Targets.Add((field, targetState));
                    targetState.Dependents.Add(state);
                }
            }

            state.Unresolved = state.Targets.Count;
            var isFinite = state.Type.IsOneOf
                ? state.Type.Fields.Count == 0 || state.Targets.Count < state.Type.Fields.Count
                : state.Targets.Count == 0;
            if (isFinite)
            {
                MarkFinite(state, finite);
            }
        }

        while (finite.TryPop(out var state))
        {
            foreach (var dependent in state.Dependents)
            {
                if (!dependent.HasFiniteValue && (dependent.Type.IsOneOf || --dependent.Unresolved == 0))
                {
                    MarkFinite(dependent, finite);
                }
            }
        }

        var visited = new HashSet<InputObjectType>();
        var indexOnPath = new Dictionary<InputObjectType, int>();
        foreach (var state in _states.Values)
        {
            if (!state.HasFiniteValue)
            {
                ReportCyclesFrom(state, visited, indexOnPath);
            }
        }
    }

    /// <summary>The input object a field makes its type depend on, if any.</summary>
    private static InputObjectType? Target(InputObjectType owner, IGraphQLType fieldType)
        => owner.IsOneOf
            ? fieldType as InputObjectType
            : (fieldType as NonNullType)?.OfType as InputObjectType;

    private static void MarkFinite(State state, Stack<State> finite)
    {
        if (!state.HasFiniteValue)
        {
            state.HasFiniteValue = true;
            finite.Push(state);
        }
    }

    /// <summary>
    /// A depth-first walk over the infinite types from <paramref name="start"/>, reporting each field
    /// chain that reaches a type already met (graphql-js 17 keeps where it met each type for the
    /// whole check, and so do we).
    /// </summary>
    private void ReportCyclesFrom(State start, HashSet<InputObjectType> visited, Dictionary<InputObjectType, int> indexOnPath)
    {
        if (!visited.Add(start.Type))
        {
            return;
        }

        var path = new List<string>();
        indexOnPath[start.Type] = 0;
        var stack = new Stack<(State State, int Next)>();
        stack.Push((start, 0));
        while (stack.TryPop(out var frame))
        {
            if (frame.Next >= frame.State.Targets.Count)
            {
                if (stack.Count > 0)
                {
                    // Leaving a type: drop the field that led into it.
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            stack.Push((frame.State, frame.Next + 1));
            var (field, target) = frame.State.Targets[frame.Next];
            if (target.HasFiniteValue)
            {
                continue;
            }

            path.Add($"{frame.State.Type.Name}.{field.Name}");
            if (indexOnPath.TryGetValue(target.Type, out var cycleStart))
            {
                _report($"Input Object {target.Type.Name} cannot be provided a finite value because it references itself through fields: {string.Join(", ", path.Skip(cycleStart))}.");
                path.RemoveAt(path.Count - 1);
                continue;
            }

            visited.Add(target.Type);
            indexOnPath[target.Type] = path.Count;
            stack.Push((target, 0));
        }
    }

    private sealed class State(InputObjectType type)
    {
        public InputObjectType Type { get; } = type;

        public List<(InputFieldDefinition Field, State Target)> Targets { get; } = [];

        public List<State> Dependents { get; } = [];

        public int Unresolved { get; set; }

        public bool HasFiniteValue { get; set; }
    }
}
