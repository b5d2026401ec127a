namespace Community.GraphQL.Types;

/// <summary>
/// Finds input objects that reference themselves through an unbroken chain of non-null
/// singular fields (no finite value of such a type exists). Each cycle is reported once, from
/// the first of its types met; the walk uses an explicit stack rather than recursion.
/// </summary>
internal sealed class InputObjectCycleFinder
{
    private readonly HashSet<InputObjectType> _visited = [];
    private readonly Action<string> _report;

    public InputObjectCycleFinder(Action<string> report) => _report = report;

    public void Check(InputObjectType start)
    {
        if (!_visited.Add(start))
        {
            return;
        }

        // The current chain of fields, and where each type on the chain entered it.
        var path = new List<InputFieldDefinition>();
        var indexOnPath = new Dictionary<InputObjectType, int> { [start] = 0 };
        var stack = new Stack<(InputObjectType Type, IEnumerator<InputFieldDefinition> Fields)>();
        stack.Push((start, NonNullInputFields(start).GetEnumerator()));
        while (stack.Count > 0)
        {
            var (type, fields) = stack.Peek();
            if (!fields.MoveNext())
            {
                stack.Pop();
                indexOnPath.Remove(type);
                if (path.Count > 0)
                {
                    path.RemoveAt(path.Count - 1);
                }

                continue;
            }

            var field = fields.Current;
            var target = (InputObjectType)((NonNullType)field.Type).OfType;
            if (indexOnPath.TryGetValue(target, out var cycleStart))
            {
                var names = path.Skip(cycleStart).Select(f => f.Name).Append(field.Name);
                _report($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", names)}\".");
                continue;
            }

            if (_visited.Add(target))
            {
                path.Add(field);
                indexOnPath[target] = path.Count;
                stack.Push((target, NonNullInputFields(target).GetEnumerator()));
            }
        }
    }

    private static IEnumerable<InputFieldDefinition> NonNullInputFields(InputObjectType type)
        => type.Fields.Where(f => f is { Type: NonNullType { OfType: InputObjectType } });
}
