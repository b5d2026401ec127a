namespace Community.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the whole GraphQL grammar (September 2025 edition, appendix C):
/// executable documents and the type-system language. It behaves like graphql-js's
/// <c>parser.ts</c>: same grammar, same messages. Every fault, including a passed limit of
/// <see cref="ParserOptions"/>, throws <see cref="GraphQLSyntaxException"/> and nothing else.
/// Recursion is bounded by <see cref="ParserOptions.MaxDepth"/>, so a hostile document cannot
/// overflow the stack.
/// </summary>
/// <remarks>The grammar sections live in partial files: <c>Parser.Document.cs</c>, <c>Parser.Operations.cs</c>, ...</remarks>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private readonly bool _noLocations;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options ?? ParserOptions.Default;
        _noLocations = _options.NoLocations;
        if (source.Length > _options.MaxLength)
        {
            throw new GraphQLSyntaxException(
                $"Document contains more than {_options.MaxLength} characters. Parsing aborted.",
                SourcePosition.GetLocation(source, _options.MaxLength),
                _options.MaxLength,
                ErrorCodes.DocumentTooLarge);
        }

        _lexer = new Lexer(source);
    }

    /// <summary>Parses a whole document: executable definitions, type-system definitions and extensions.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not a GraphQL document or passes a limit.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
        => new Parser(source, options).ParseDocument();

    /// <summary>Parses one value literal, variables allowed (<c>[1, $x]</c>).</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one value.</exception>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one constant value literal: variables are refused.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one constant value.</exception>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one type reference such as <c>[Post!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not exactly one type reference.</exception>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.", ErrorCodes.DocumentTooLarge);
        }
    }

    private bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private bool PeekKeyword(string keyword) => _lexer.Token.Kind == TokenKind.Name && _lexer.Token.Value == keyword;

    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind == kind)
        {
            Advance();
            return token;
        }

        throw Error(token.Start, $"Expected {kind.Describe()}, found {token.Describe()}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind == kind)
        {
            Advance();
            return true;
        }

        return false;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = _lexer.Token;
        if (!ExpectOptionalKeyword(keyword))
        {
            throw Error(token.Start, $"Expected \"{keyword}\", found {token.Describe()}.");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (PeekKeyword(keyword))
        {
            Advance();
            return true;
        }

        return false;
    }

    /// <summary><c>Unexpected &lt;token&gt;.</c> at <paramref name="token"/>, or at the current token.</summary>
    private GraphQLSyntaxException Unexpected(Token? token = null)
    {
        var at = token ?? _lexer.Token;
        return Error(at.Start, $"Unexpected {at.Describe()}.");
    }

    private GraphQLSyntaxException Error(int position, string description, string code = ErrorCodes.SyntaxError)
        => new(description, SourcePosition.GetLocation(_lexer.Source, position), position, code);

    /// <summary>The span from <paramref name="start"/> to the end of the last token consumed.</summary>
    private Location Loc(Token start)
        => _noLocations ? Location.None : new Location(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    /// <summary>Enters one level of nesting (selection set, list or object value, list type); refuses to pass MaxDepth.</summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(
                _lexer.Token.Start,
                $"Document exceeds the maximum nesting depth of {_options.MaxDepth}. Parsing aborted.",
                ErrorCodes.DocumentTooLarge);
        }
    }

    private void ExitNesting() => _depth--;

    // The item parsers are static lambdas taking the parser, so no delegate is allocated per list.

    /// <summary><c>open item+ close</c>: at least one item.</summary>
    private List<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return items;
    }

    /// <summary><c>(open item+ close)?</c>: nothing when the open token is absent, else at least one item.</summary>
    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        => Peek(open) ? Many(open, parseItem, close) : [];

    /// <summary><c>open item* close</c>: zero or more items.</summary>
    private List<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
    {
        ExpectToken(open);
        var items = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            items.Add(parseItem(this));
        }

        return items;
    }

    /// <summary><c>delimiter? item (delimiter item)*</c>: at least one item, a leading delimiter allowed.</summary>
    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
    {
        ExpectOptionalToken(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return items;
    }

    /// <summary>Name :: /[_A-Za-z][_0-9A-Za-z]*/</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = Loc(token) };
    }
}
