using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("simple", "simple")]
    [InlineData("  Hello,\n    World!\n\n  Yours,\n    GraphQL.", "  Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n\n", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("  \n  \t\n  Hello\n \t ", "Hello")]
    [InlineData("    first\n  second", "    first\nsecond")]
    [InlineData("\tfirst\n\t\tsecond\n\tthird", "\tfirst\n\tsecond\nthird")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("  \n   \n", "")]
    [InlineData("\n  a\n    b\n ", "a\n  b")]
    public void Dedent_applies_the_block_string_value_algorithm(string raw, string expected)
        => Assert.Equal(expected, BlockString.Dedent(raw));

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("a", "\"\"\"a\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("a \"\"\" b", "\"\"\"a \\\"\"\" b\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("ends with slash\\", "\"\"\"\nends with slash\\\n\"\"\"")]
    [InlineData("a\nb", "\"\"\"\na\nb\n\"\"\"")]
    [InlineData("a\n  b", "\"\"\"\na\n  b\n\"\"\"")]
    [InlineData("  a\nb", "\"\"\"\n  a\nb\n\"\"\"")]
    [InlineData("a\n\n", "\"\"\"\na\n\n\n\"\"\"")]
    public void Print_chooses_single_or_multiple_lines_as_graphql_js(string value, string expected)
        => Assert.Equal(expected, BlockString.Print(value));

    [Fact]
    public void Print_puts_long_single_lines_on_their_own_line()
    {
        string value = new string('x', 71);
        Assert.Equal("\"\"\"\n" + value + "\n\"\"\"", BlockString.Print(value));
        Assert.Equal("\"\"\"" + new string('x', 70) + "\"\"\"", BlockString.Print(new string('x', 70)));
    }

    [Fact]
    public void Minimized_printing_adds_no_new_lines_where_none_are_needed()
    {
        Assert.Equal("\"\"\"a\nb\"\"\"", BlockString.Print("a\nb", minimize: true));
        Assert.Equal("\"\"\"\na\n  b\"\"\"", BlockString.Print("a\n  b", minimize: true));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("  leading")]
    [InlineData("with \"\"\" inside")]
    [InlineData("trailing \"")]
    [InlineData("trailing \\")]
    [InlineData("multi\nline\n  indented\n\tand tabbed")]
    [InlineData("  first indented\nsecond")]
    [InlineData("a\n\n\nb")]
    [InlineData("\"\"\"")]
    [InlineData("\"\"\"\"")]
    [InlineData("\\\"\"\"")]
    public void Printed_block_strings_lex_back_to_the_same_value(string value)
    {
        var token = Lexer.Tokenize(BlockString.Print(value))[0];
        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(value, token.Value);
        Assert.Equal(value, Lexer.Tokenize(Printer.PrintBlockString(value))[0].Value);
    }
}
