using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Single(string source)
    {
        var tokens = Lexer.Tokenize(source);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        return tokens[0];
    }

    // September 2025 edition, 2.1: source text is any Unicode scalar value, control characters included.
    [Theory]
    [InlineData("\"contains unescaped \u0007 control char\"", "contains unescaped \u0007 control char")]
    [InlineData("\"null-byte is not \u0000 end of file\"", "null-byte is not \u0000 end of file")]
    [InlineData("\"\"\"contains unescaped \u0007 control char\"\"\"", "contains unescaped \u0007 control char")]
    [InlineData("\"\u007F and \u0085 and \uFFFF and \U0010FFFF\"", "\u007F and \u0085 and \uFFFF and \U0010FFFF")]
    public void Reads_strings_holding_any_unicode_scalar_value(string source, string value)
        => Assert.Equal(value, Single(source).Value);

    [Fact]
    public void Comments_may_hold_control_characters()
        => Assert.Equal("a", Single("# bell \u0007 and null \u0000\na").Value);

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Ampersand)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Reads_every_punctuator(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(0, token.Start);
        Assert.Equal(source.Length, token.End);
        Assert.Null(token.Value);
    }

    [Theory]
    [InlineData("simple", "simple")]
    [InlineData("_under_score9", "_under_score9")]
    [InlineData("  \t, ,name,", "name")]
    [InlineData("\uFEFF name", "name")]
    [InlineData("# comment\nname # trailing", "name")]
    public void Reads_names_and_skips_ignored_tokens(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Counts_lines_across_LF_CRLF_and_CR()
    {
        var token = Single("\n\r\n\r  foo\n");
        Assert.Equal(4, token.Line);
        Assert.Equal(3, token.Column);
        Assert.Equal(6, token.Start);
    }

    [Fact]
    public void The_byte_order_mark_takes_one_column()
    {
        var token = Single("\uFEFF foo");
        Assert.Equal(2, token.Start);
        Assert.Equal(3, token.Column);
    }

    [Fact]
    public void A_block_string_spanning_lines_moves_the_line_count()
    {
        var tokens = Lexer.Tokenize("\"\"\"a\r\nb\rc\nd\"\"\" after");
        Assert.Equal(TokenKind.BlockString, tokens[0].Kind);
        Assert.Equal(1, tokens[0].Line);
        Assert.Equal(TokenKind.Name, tokens[1].Kind);
        Assert.Equal(4, tokens[1].Line);
        Assert.Equal(6, tokens[1].Column);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Reads_numbers_keeping_their_text(string source, TokenKind kind)
    {
        var token = Single(source);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with unicode surrogate pair escape \\uDBFF\\uDFFF\"", "string with unicode surrogate pair escape \U0010FFFF")]
    [InlineData("\"literal \U0001F600 emoji\"", "literal \U0001F600 emoji")]
    [InlineData("\"tab\tinside\"", "tab\tinside")]
    public void Reads_strings_with_every_escape(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Reads_block_strings_with_their_dedented_value(string source, string value)
    {
        var token = Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".", 1, 1)]
    [InlineData("\n\n    ?\n", "Syntax Error: Unexpected character: \"?\".", 3, 5)]
    [InlineData("~", "Syntax Error: Unexpected character: \"~\".", 1, 1)]
    [InlineData("..", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".. .", "Syntax Error: Unexpected \"..\", did you mean \"...\"?", 1, 1)]
    [InlineData(".123", "Syntax Error: Invalid number, expected digit before \".\", did you mean \"0.123\"?", 1, 1)]
    [InlineData(". 1", "Syntax Error: Unexpected character: \".\".", 1, 1)]
    [InlineData("\u00AA", "Syntax Error: Unexpected character: U+00AA.", 1, 1)]
    [InlineData("\u203B", "Syntax Error: Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Syntax Error: Unexpected character: U+1F600.", 1, 1)]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.", 1, 1)]
    [InlineData("'single quotes'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    public void Rejects_unexpected_characters(string source, string message, int line, int column)
        => SyntaxAssert.LexFails(source, message, line, column);

    [Theory]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 3)]
    [InlineData("-A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 2)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 5)]
    [InlineData("1.0eA", "Syntax Error: Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("1e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("01.23", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 1, 2)]
    [InlineData("0x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.23.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 5)]
    [InlineData("1.2e3e", "Syntax Error: Invalid number, expected digit but got: \"e\".", 1, 6)]
    [InlineData("1.2e3.4", "Syntax Error: Invalid number, expected digit but got: \".\".", 1, 6)]
    [InlineData("123abc", "Syntax Error: Invalid number, expected digit but got: \"a\".", 1, 4)]
    [InlineData("1_000", "Syntax Error: Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("+1", "Syntax Error: Unexpected character: \"+\".", 1, 1)]
    [InlineData("1\u00DF", "Syntax Error: Unexpected character: U+00DF.", 1, 2)]
    public void Rejects_malformed_numbers(string source, string message, int line, int column)
        => SyntaxAssert.LexFails(source, message, line, column);

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.", 1, 2)]
    [InlineData("\"\"\"", "Syntax Error: Unterminated string.", 1, 4)]
    [InlineData("\"\"\"\"", "Syntax Error: Unterminated string.", 1, 5)]
    [InlineData("\"no end quote", "Syntax Error: Unterminated string.", 1, 14)]
    [InlineData("\"\"\"no end quote", "Syntax Error: Unterminated string.", 1, 16)]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"multi\rline\"", "Syntax Error: Unterminated string.", 1, 7)]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".", 1, 6)]
    [InlineData("\"bad \\x esc\"", "Syntax Error: Invalid character escape sequence: \"\\x\".", 1, 6)]
    [InlineData("\"bad \\", "Syntax Error: Invalid character escape sequence: \"\\\".", 1, 6)]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".", 1, 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u0XX1\".", 1, 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".", 1, 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uFXXX\".", 1, 6)]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".", 1, 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FX\".", 1, 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF \".", 1, 6)]
    [InlineData("\"bad \\u{FFFF\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 1, 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{12345678}\".", 1, 15)]
    [InlineData("\"too long \\u{000000000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{000000000\".", 1, 11)]
    [InlineData("\"overflow \\u{FFFFFFFF} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 11)]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 16)]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDEAD\".", 1, 26)]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".", 1, 25)]
    [InlineData("\"lone leading surrogate \\uD83D esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 25)]
    [InlineData("\"cannot use braces for surrogate pair \\u{D83D}\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{D83D}\".", 1, 39)]
    [InlineData("\"cannot escape half a pair \\uD83D\\u{DE00} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD83D\".", 1, 28)]
    public void Rejects_malformed_strings(string source, string message, int line, int column)
        => SyntaxAssert.LexFails(source, message, line, column);

    // Lone surrogates cannot stand in attribute arguments (they are stored as UTF-8), hence facts.
    [Fact]
    public void Rejects_a_lone_surrogate_outside_tokens()
        => SyntaxAssert.LexFails("\uDEAD", "Syntax Error: Invalid character: U+DEAD.", 1, 1);

    [Fact]
    public void Rejects_a_lone_surrogate_inside_a_string()
        => SyntaxAssert.LexFails("\"bad surrogate \uDEAD\"", "Syntax Error: Invalid character within String: U+DEAD.", 1, 16);

    [Fact]
    public void Rejects_a_lone_surrogate_inside_a_block_string()
        => SyntaxAssert.LexFails("\"\"\"contains invalid surrogate \uD83D\"\"\"", "Syntax Error: Invalid character within String: U+D83D.", 1, 31);

    [Fact]
    public void Lookahead_does_not_move_and_skips_comments()
    {
        var lexer = new Lexer("a # comment\n b");
        Assert.Equal(TokenKind.StartOfFile, lexer.Token.Kind);
        lexer.Advance();
        var next = lexer.Lookahead();
        Assert.Equal("b", next.Value);
        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal("b", lexer.Advance().Value);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
        Assert.Equal(TokenKind.EndOfFile, lexer.Lookahead().Kind);
    }

    [Fact]
    public void Tokens_describe_themselves_as_graphql_js_does()
    {
        var tokens = Lexer.Tokenize("name } \"str\" 1");
        Assert.Equal("Name \"name\"", tokens[0].Describe());
        Assert.Equal("\"}\"", tokens[1].Describe());
        Assert.Equal("String \"str\"", tokens[2].Describe());
        Assert.Equal("Int \"1\"", tokens[3].Describe());
        Assert.Equal("<EOF>", tokens[4].Describe());
    }

    [Fact]
    public void The_end_of_file_token_stands_after_trailing_ignored_text()
    {
        var tokens = Lexer.Tokenize("a\n  ");
        Assert.Equal(TokenKind.EndOfFile, tokens[1].Kind);
        Assert.Equal(4, tokens[1].Start);
        Assert.Equal(2, tokens[1].Line);
        Assert.Equal(3, tokens[1].Column);
    }
}
