using Community.GraphQL.Language;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Execution;

/// <summary>Limits and policies of a <see cref="RequestExecutor"/>; the defaults suit a hardened public server.</summary>
public sealed class ExecutorOptions
{
    /// <summary>How many documents (parsed, validated and planned) the operation cache keeps.</summary>
    public int MaxCachedDocuments { get; init; } = 1000;

    /// <summary>The most document text (in characters) the operation cache keeps, all entries together.</summary>
    public long MaxCachedCharacters { get; init; } = 8 * 1024 * 1024;

    /// <summary>The deepest field nesting an operation may have, fragments included (introspection fields excepted).</summary>
    public int MaxExecutionDepth { get; init; } = 15;

    /// <summary>The most fields and aliases an operation may select, fragments expanded.</summary>
    public int MaxFieldsPerOperation { get; init; } = 1000;

    /// <summary>How long one execution (or one subscription event) may run; <see cref="Timeout.InfiniteTimeSpan"/> (or any non-positive value) for no limit.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most variables a request may carry.</summary>
    public int MaxVariables { get; init; } = 1000;

    /// <summary>The deepest nesting of lists and objects in one variable's value.</summary>
    public int MaxVariableDepth { get; init; } = 32;

    /// <summary>
    /// The highest estimated field cost (resolver work: field and argument weights, multiplied
    /// through list sizes) an operation may have; more is refused before execution with code
    /// <c>HC0047</c>. 1,000 as in HotChocolate; <see cref="double.PositiveInfinity"/> for no limit.
    /// </summary>
    public double MaxFieldCost { get; init; } = 1000;

    /// <summary>
    /// The highest estimated type cost (objects the response may hold, by type weight) an
    /// operation may have; more is refused before execution with code <c>HC0047</c>. 1,000 as
    /// in HotChocolate; <see cref="double.PositiveInfinity"/> for no limit.
    /// </summary>
    public double MaxTypeCost { get; init; } = 1000;

    /// <summary>The size cost analysis assumes for a list field that has no <c>@listSize</c> (1, as HotChocolate 14 and 15 assume).</summary>
    public int DefaultListSize { get; init; } = 1;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (<c>__typename</c> always may).</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>
    /// When true, an unexpected resolver exception's message and stack trace are added to the
    /// error's extensions (for development); when false clients only see "Unexpected Execution Error".
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Limits of the parser (document length, tokens, nesting).</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>The validation rules and error limit.</summary>
    public ValidationOptions ValidationOptions { get; init; } = new();
}
