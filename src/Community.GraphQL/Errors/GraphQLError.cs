namespace Community.GraphQL;

/// <summary>
/// One entry of a response's <c>errors</c> list: a message, where in the document it arose, where
/// in the result it arose, and structured <c>extensions</c> (always with a <c>code</c> when the
/// engine raised it).
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    /// <summary>Where in the document the error arose; null when it has no place there.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path of the field that failed: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, never serialized; hosts may log it.</summary>
    public Exception? Exception { get; }

    /// <summary>The value of <c>extensions.code</c>, if any.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    public GraphQLError WithPath(IReadOnlyList<object>? path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<SourceLocation>? locations) => new(Message, locations, Path, Extensions, Exception);

    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        extensions[key] = value;
        return new GraphQLError(Message, Locations, Path, extensions, Exception);
    }

    /// <summary>An error with just a message and a code.</summary>
    public static GraphQLError Coded(string message, string code, IReadOnlyList<SourceLocation>? locations = null)
        => new(message, locations, extensions: new Dictionary<string, object?> { ["code"] = code });

    public override string ToString() => Locations is { Count: > 0 } l ? $"{Message} ({l[0].Line}:{l[0].Column})" : Message;
}

/// <summary>A 1-based line and column in a document.</summary>
public readonly record struct SourceLocation(int Line, int Column);
