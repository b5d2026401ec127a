namespace Community.GraphQL.Language;

/// <summary>
/// The only exception the lexer and the parser throw: one <see cref="GraphQLError"/> whose message
/// starts with <c>Syntax Error: </c>, with the line and column of the fault and
/// <c>extensions.code</c> set to <see cref="ErrorCodes.SyntaxError"/> (or
/// <see cref="ErrorCodes.DocumentTooLarge"/> when a parser limit was hit).
/// </summary>
public sealed class GraphQLSyntaxException : GraphQLException
{
    public GraphQLSyntaxException(string description, SourceLocation location, int position, string code = ErrorCodes.SyntaxError)
        : base(GraphQLError.Coded("Syntax Error: " + description, code, [location]))
    {
        Description = description;
        Location = location;
        Position = position;
    }

    /// <summary>The message without its <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Line and column (1-based) of the fault.</summary>
    public SourceLocation Location { get; }

    /// <summary>Offset (in UTF-16 code units) of the fault in the source.</summary>
    public int Position { get; }

    /// <summary>The code of the error: <see cref="ErrorCodes.SyntaxError"/> or <see cref="ErrorCodes.DocumentTooLarge"/>.</summary>
    public string Code => Errors[0].Code ?? ErrorCodes.SyntaxError;
}
