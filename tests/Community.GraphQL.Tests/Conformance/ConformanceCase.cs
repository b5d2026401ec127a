namespace Community.GraphQL.Tests.Conformance;

/// <summary>What a case checks: the area decides which test theory runs it.</summary>
public enum CaseKind
{
    Syntax,
    Validation,
    Execution,
    Introspection,
    Schema,
}

/// <summary>
/// One request both engines answer: a schema (SDL), an optional document with variables and a root
/// value (JSON text), and whether to compare the full introspection result as well.
/// </summary>
public sealed record ConformanceCase(CaseKind Kind, string Name, string Sdl, string? Query)
{
    /// <summary>The variables as a JSON object text, or null.</summary>
    public string? Variables { get; init; }

    public string? OperationName { get; init; }

    /// <summary>The root value as JSON text; fields without resolvers read it.</summary>
    public string? RootValue { get; init; }

    public bool Introspection { get; init; }

    /// <summary>With <see cref="Introspection"/>: also compare the printed SDL (ours keeps applied directives, graphql-js's drops them).</summary>
    public bool PrintedSchema { get; init; } = true;

    /// <summary>Stop after validation: a valid document answers <c>{ "validationErrors": [] }</c>.</summary>
    public bool ValidateOnly { get; init; }

    /// <summary>The unique id used as the test's display argument.</summary>
    public string Id => $"{Kind.ToString().ToLowerInvariant()}: {Name}";
}
