using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

/// <summary>Assertions on syntax errors: exact message, line and column, code.</summary>
internal static class SyntaxAssert
{
    public static GraphQLSyntaxException Fails(Action action, string message, int line, int column, string code = ErrorCodes.SyntaxError)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(action);
        var error = Assert.Single(exception.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal([new SourceLocation(line, column)], error.Locations!);
        Assert.Equal(code, error.Code);
        return exception;
    }

    public static GraphQLSyntaxException ParseFails(string source, string message, int line, int column, ParserOptions? options = null)
        => Fails(() => Parser.Parse(source, options), message, line, column);

    public static GraphQLSyntaxException LexFails(string source, string message, int line, int column)
        => Fails(() => Lexer.Tokenize(source), message, line, column);
}
