namespace Community.GraphQL.Execution.Values;

/// <summary>A position inside an input value (field names and list indices), linked to its parent so that building one costs nothing until an error needs it.</summary>
internal sealed class InputPath
{
    private InputPath(InputPath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    public InputPath? Parent { get; }

    /// <summary>A field name (string) or a list index (int).</summary>
    public object Key { get; }

    public static InputPath Append(InputPath? parent, object key) => new(parent, key);

    /// <summary>Prints the path as graphql-js's printPathArray does: <c>.field[0].other</c>.</summary>
    public static string Print(InputPath? path)
    {
        var segments = new List<object>();
        for (var current = path; current is not null; current = current.Parent)
        {
            segments.Add(current.Key);
        }

        segments.Reverse();
        return string.Concat(segments.Select(s => s is int i ? $"[{i}]" : "." + s));
    }
}
