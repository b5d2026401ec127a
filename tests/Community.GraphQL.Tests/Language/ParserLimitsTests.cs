using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class ParserLimitsTests
{
    private static string Fields(int count) => "{" + string.Concat(Enumerable.Repeat(" a", count)) + " }";

    [Fact]
    public void Defaults_are_15000_tokens_nesting_64_and_100_KB()
    {
        Assert.Equal(15_000, ParserOptions.Default.MaxTokens);
        Assert.Equal(64, ParserOptions.Default.MaxDepth);
        Assert.Equal(100 * 1024, ParserOptions.Default.MaxLength);
        Assert.False(ParserOptions.Default.NoLocations);
    }

    [Fact]
    public void A_document_of_exactly_max_tokens_parses()
    {
        // { + 14,998 fields + } = 15,000 tokens.
        var document = Parser.Parse(Fields(14_998));
        Assert.Equal(14_998, ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Count);
    }

    [Fact]
    public void One_token_more_than_max_tokens_is_refused()
    {
        string source = Fields(14_999);
        SyntaxAssert.Fails(
            () => Parser.Parse(source),
            "Syntax Error: Document contains more than 15000 tokens. Parsing aborted.",
            1,
            source.Length,
            ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void Max_tokens_can_be_lowered()
    {
        var options = new ParserOptions { MaxTokens = 3 };
        Parser.Parse("{ a }", options);
        SyntaxAssert.Fails(
            () => Parser.Parse("{ a b }", options),
            "Syntax Error: Document contains more than 3 tokens. Parsing aborted.",
            1,
            7,
            ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void Selection_sets_nested_to_max_depth_parse()
    {
        string source = Nest("{ a ", 64, "b", " }");
        Parser.Parse(source);
    }

    [Fact]
    public void Selection_sets_nested_past_max_depth_are_refused()
    {
        string source = Nest("{ a ", 65, "b", " }");
        SyntaxAssert.Fails(
            () => Parser.Parse(source),
            "Syntax Error: Document exceeds the maximum nesting depth of 64. Parsing aborted.",
            1,
            (64 * 4) + 1,
            ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void List_and_object_values_count_toward_the_same_depth()
    {
        // 32 selection sets + 32 lists = 64: fine; one more object is refused.
        string selections = string.Concat(Enumerable.Repeat("{ a ", 31)) + "{ f(x: ";
        string ok = selections + new string('[', 32) + new string(']', 32) + ")" + new string('}', 32);
        Parser.Parse(ok);
        string tooDeep = selections + new string('[', 32) + "{a: 1}" + new string(']', 32) + ")" + new string('}', 32);
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(tooDeep));
        Assert.Equal(ErrorCodes.DocumentTooLarge, exception.Code);
    }

    [Fact]
    public void A_hundred_thousand_bare_braces_are_a_plain_syntax_error()
        => SyntaxAssert.ParseFails(new string('{', 100_000), "Syntax Error: Expected Name, found \"{\".", 1, 2);

    [Theory]
    [InlineData("{ a ")]
    [InlineData("[")]
    [InlineData("{a:")]
    public void A_hundred_thousand_nested_openings_are_refused_without_overflowing_the_stack(string opening)
    {
        string nested = string.Concat(Enumerable.Repeat(opening, 100_000 / opening.Length));
        string source = opening == "{ a " ? nested : "{ f(x: " + nested + ") }";
        var options = new ParserOptions { MaxLength = 1_000_000, MaxTokens = 1_000_000 };

        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

        Assert.Equal(ErrorCodes.DocumentTooLarge, exception.Code);
        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 64. Parsing aborted.", exception.Message);
    }

    [Fact]
    public void Deeply_nested_list_types_are_refused_in_documents_and_type_strings()
    {
        string type = new string('[', 100_000) + "Int" + new string(']', 100_000);
        var options = new ParserOptions { MaxLength = 1_000_000, MaxTokens = 1_000_000 };

        var inDocument = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query ($a: " + type + ") { a }", options));
        var inTypeString = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(type, options));
        var inValue = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(new string('[', 100_000), options));

        Assert.Equal(ErrorCodes.DocumentTooLarge, inDocument.Code);
        Assert.Equal(ErrorCodes.DocumentTooLarge, inTypeString.Code);
        Assert.Equal(ErrorCodes.DocumentTooLarge, inValue.Code);
        Assert.Equal(new SourceLocation(1, 65), inTypeString.Location);
    }

    [Fact]
    public void List_types_nested_to_max_depth_parse()
    {
        string type = new string('[', 64) + "Int" + new string(']', 64);
        Assert.Equal(type, Printer.Print(Parser.ParseType(type)));
    }

    [Fact]
    public void A_document_of_exactly_max_length_parses_and_one_more_character_is_refused()
    {
        string exact = "{ a }" + new string(' ', (100 * 1024) - 5);
        Parser.Parse(exact);

        SyntaxAssert.Fails(
            () => Parser.Parse(exact + " "),
            "Syntax Error: Document contains more than 102400 characters. Parsing aborted.",
            1,
            102_401,
            ErrorCodes.DocumentTooLarge);
    }

    [Fact]
    public void Max_length_can_be_lowered()
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", new ParserOptions { MaxLength = 4 }));
        Assert.Equal(ErrorCodes.DocumentTooLarge, exception.Code);
        Assert.Equal("Syntax Error: Document contains more than 4 characters. Parsing aborted.", exception.Message);
    }

    private static string Nest(string open, int depth, string inner, string close)
    {
        var text = new StringBuilder();
        for (int i = 0; i < depth; i++)
        {
            text.Append(open);
        }

        text.Append(inner);
        for (int i = 0; i < depth; i++)
        {
            text.Append(close);
        }

        return text.ToString();
    }
}
