namespace Community.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its span <c>[Start, End)</c> in the source, the 1-based line and
/// column where it starts, and for names, numbers, strings and comments its value (strings cooked:
/// escapes resolved, block strings dedented).
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The token as graphql-js describes it in messages: <c>Name "foo"</c>, <c>"}"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public override string ToString() => Describe();
}
