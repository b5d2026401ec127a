namespace Community.GraphQL.Language;

/// <summary>Limits and switches of the <see cref="Parser"/>. Each limit, when passed, is refused with <see cref="ErrorCodes.DocumentTooLarge"/>.</summary>
public sealed record ParserOptions
{
    /// <summary>The defaults: 15,000 tokens, nesting 64, 100 KB of text, locations recorded.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Most tokens a document may hold (the end-of-file token not counted).</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Deepest nesting of selection sets, list and object values and list types, counted together.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Longest document, in characters (UTF-16 code units).</summary>
    public int MaxLength { get; init; } = 100 * 1024;

    /// <summary>When true, nodes carry <see cref="Location.None"/> instead of their span.</summary>
    public bool NoLocations { get; init; }
}
