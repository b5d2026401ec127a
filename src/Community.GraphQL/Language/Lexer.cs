using System.Text;

namespace Community.GraphQL.Language;

/// <summary>
/// Splits a GraphQL source into tokens (spec section 2.1, Source Text). Ignored tokens (white space,
/// line terminators, commas, the byte order mark and comments) are skipped. Faults throw
/// <see cref="GraphQLSyntaxException"/> with graphql-js's wording; nothing else escapes.
/// </summary>
/// <remarks>
/// Source text is any sequence of Unicode scalar values (September 2025 edition, section 2.1), so
/// strings, block strings and comments may hold control characters; a lone surrogate, literal or
/// escaped, is rejected, and an escaped pair such as <c>\uD83D\uDE00</c> is combined into one code
/// point.
/// </remarks>
public sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private Token _peeked;
    private bool _hasPeeked;

    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _body = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
        LastToken = Token;
    }

    /// <summary>The source text.</summary>
    public string Source => _body;

    /// <summary>The current token (<see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>).</summary>
    public Token Token { get; private set; }

    /// <summary>The token before <see cref="Token"/>; its end closes the span of the node just parsed.</summary>
    public Token LastToken { get; private set; }

    /// <summary>Moves to the next token and returns it; at the end it stays on <see cref="TokenKind.EndOfFile"/>.</summary>
    public Token Advance()
    {
        LastToken = Token;
        if (_hasPeeked)
        {
            _hasPeeked = false;
            Token = _peeked;
        }
        else if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadToken();
        }

        return Token;
    }

    /// <summary>The token after <see cref="Token"/>, without moving.</summary>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasPeeked)
        {
            _peeked = ReadToken();
            _hasPeeked = true;
        }

        return _peeked;
    }

    /// <summary>Every token of <paramref name="source"/> up to and including the end of file.</summary>
    public static IReadOnlyList<Token> Tokenize(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        do
        {
            tokens.Add(lexer.Advance());
        }
        while (lexer.Token.Kind != TokenKind.EndOfFile);
        return tokens;
    }

    private Token ReadToken()
    {
        string body = _body;
        int length = body.Length;
        while (_position < length)
        {
            int start = _position;
            char c = body[start];
            switch (c)
            {
                // Ignored: UnicodeBOM, WhiteSpace, Comma.
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    _position++;
                    continue;

                // LineTerminator: LF, CR LF, CR.
                case '\n':
                    _position++;
                    NewLine();
                    continue;
                case '\r':
                    _position += start + 1 < length && body[start + 1] == '\n' ? 2 : 1;
                    NewLine();
                    continue;

                // Comment :: # CommentChar*
                case '#':
                    SkipComment();
                    continue;

                case '!': return Punctuator(TokenKind.Bang, start);
                case '$': return Punctuator(TokenKind.Dollar, start);
                case '&': return Punctuator(TokenKind.Ampersand, start);
                case '(': return Punctuator(TokenKind.ParenLeft, start);
                case ')': return Punctuator(TokenKind.ParenRight, start);
                case ':': return Punctuator(TokenKind.Colon, start);
                case '=': return Punctuator(TokenKind.Equals, start);
                case '@': return Punctuator(TokenKind.At, start);
                case '[': return Punctuator(TokenKind.BracketLeft, start);
                case ']': return Punctuator(TokenKind.BracketRight, start);
                case '{': return Punctuator(TokenKind.BraceLeft, start);
                case '|': return Punctuator(TokenKind.Pipe, start);
                case '}': return Punctuator(TokenKind.BraceRight, start);
                case '.':
                    if (start + 2 < length && body[start + 1] == '.' && body[start + 2] == '.')
                    {
                        _position = start + 3;
                        return MakeToken(TokenKind.Spread, start, null);
                    }

                    if (CharAt(start + 1) == '.')
                    {
                        throw Error(start, "Unexpected \"..\", did you mean \"...\"?");
                    }

                    if (IsDigit(CharAt(start + 1)))
                    {
                        var end = start + 2;
                        while (IsDigit(CharAt(end)))
                        {
                            end++;
                        }

                        throw Error(start, $"Invalid number, expected digit before \".\", did you mean \"0.{body.Substring(start + 1, end - start - 1)}\"?");
                    }

                    break;
                case '"':
                    if (start + 2 < length && body[start + 1] == '"' && body[start + 2] == '"')
                    {
                        return ReadBlockString(start);
                    }

                    return ReadString(start);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(start);
            }

            if (IsNameStart(c))
            {
                return ReadName(start);
            }

            if (c == '\'')
            {
                throw Error(start, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
            }

            throw Error(start, IsSourceCharacterAt(start, out _)
                ? $"Unexpected character: {PrintCodePointAt(start)}."
                : $"Invalid character: {PrintCodePointAt(start)}.");
        }

        return new Token(TokenKind.EndOfFile, length, length, _line, length - _lineStart + 1, null);
    }

    private void NewLine()
    {
        _line++;
        _lineStart = _position;
    }

    private Token Punctuator(TokenKind kind, int start)
    {
        _position = start + 1;
        return MakeToken(kind, start, null);
    }

    private Token MakeToken(TokenKind kind, int start, string? value)
        => new(kind, start, _position, _line, start - _lineStart + 1, value);

    private void SkipComment()
    {
        string body = _body;
        int position = _position + 1;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (char.IsHighSurrogate(c) && position + 1 < body.Length && char.IsLowSurrogate(body[position + 1]))
            {
                position += 2;
            }
            else if (char.IsSurrogate(c))
            {
                // A lone surrogate ends the comment; the next read reports it as an invalid character.
                break;
            }
            else
            {
                position++;
            }
        }

        _position = position;
    }

    /// <summary>Name :: NameStart NameContinue* [lookahead != NameContinue]</summary>
    private Token ReadName(int start)
    {
        string body = _body;
        int position = start + 1;
        while (position < body.Length && IsNameContinue(body[position]))
        {
            position++;
        }

        _position = position;
        return MakeToken(TokenKind.Name, start, body.Substring(start, position - start));
    }

    /// <summary>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}];
    /// FloatValue :: IntegerPart FractionalPart? ExponentPart? [lookahead != {Digit, `.`, NameStart}].
    /// </summary>
    private Token ReadNumber(int start)
    {
        string body = _body;
        int position = start;
        bool isFloat = false;
        int code = CharAt(position);
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        _position = position;
        return MakeToken(isFloat ? TokenKind.Float : TokenKind.Int, start, body.Substring(start, position - start));
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        int position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>StringValue :: `"` StringCharacter* `"`</summary>
    private Token ReadString(int start)
    {
        string body = _body;
        int position = start + 1;
        int chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"')
            {
                string text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                _position = position + 1;
                return MakeToken(TokenKind.String, start, text);
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                int size = CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, value)
                        : ReadEscapedUnicodeFixedWidth(position, value)
                    : ReadEscapedCharacter(position, value);
                position += size;
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            position += SourceCharacterWidth(position, "String");
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`</summary>
    private int ReadEscapedCharacter(int position, StringBuilder value)
    {
        char escaped = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => '\0',
        };
        if (escaped == '\0')
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        value.Append(escaped);
        return 2;
    }

    /// <summary>EscapedUnicode :: `{` HexDigit+ `}` (a Unicode scalar value, at most 8 digits).</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        int point = 0;
        int size = 3;
        while (size < 12)
        {
            int code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            int digit = HexValue(code);
            if (digit < 0)
            {
                break;
            }

            point = unchecked((point << 4) | digit);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    /// <summary>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit; a surrogate pair must be two escapes forming a valid pair.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        int code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            int trailing = Read16BitHexCode(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHexCode(int position)
    {
        int result = 0;
        for (int i = 0; i < 4; i++)
        {
            int digit = HexValue(CharAt(position + i));
            if (digit < 0)
            {
                return -1;
            }

            result = (result << 4) | digit;
        }

        return result;
    }

    /// <summary>
    /// BlockString :: `"""` BlockStringCharacter* `"""`; the value is BlockStringValue(raw), with
    /// <c>\"""</c> standing for <c>"""</c>.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        string body = _body;
        int line = _line;
        int column = start - _lineStart + 1;
        int lineStart = _lineStart;
        int position = start + 3;
        int chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            char c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                _position = position + 3;
                _line = line + lines.Count - 1;
                _lineStart = lineStart;
                return new Token(TokenKind.BlockString, start, _position, line, column, BlockString.DedentLines(lines));
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += SourceCharacterWidth(position, "String");
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>The width (1 or 2) of the source character at <paramref name="position"/> inside a string, or a syntax error.</summary>
    private int SourceCharacterWidth(int position, string context)
    {
        char c = _body[position];
        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        if (char.IsHighSurrogate(c) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within {context}: {PrintCodePointAt(position)}.");
    }

    private bool IsSourceCharacterAt(int position, out int width)
    {
        char c = _body[position];
        width = 1;
        if (!char.IsSurrogate(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            width = 2;
            return true;
        }

        return false;
    }

    /// <summary>The character at <paramref name="position"/>, or -1 past the end.</summary>
    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private string Slice(int position, int length)
    {
        int end = Math.Min(_body.Length, position + length);
        return end > position ? _body.Substring(position, end - position) : string.Empty;
    }

    /// <summary>A code point as graphql-js shows it: <c>"x"</c> for printable ASCII, <c>U+XXXX</c> otherwise, <c>&lt;EOF&gt;</c> at the end.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            code = char.ConvertToUtf32((char)code, _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(int position, string description)
        => new(description, SourcePosition.GetLocation(_body, position), position);

    private static bool IsDigit(int c) => c is >= '0' and <= '9';

    private static bool IsNameStart(int c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    private static bool IsNameContinue(int c) => IsNameStart(c) || IsDigit(c);

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
