using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

public sealed class SchemaCoordinateTests
{
    [Theory]
    [InlineData("Post", SchemaCoordinateKind.Type, "Post", null, null)]
    [InlineData("Post.title", SchemaCoordinateKind.Member, "Post", "title", null)]
    [InlineData("PostKind.ANNOUNCEMENT", SchemaCoordinateKind.Member, "PostKind", "ANNOUNCEMENT", null)]
    [InlineData("Query.post(id:)", SchemaCoordinateKind.Argument, "Query", "post", "id")]
    [InlineData("@deprecated", SchemaCoordinateKind.Directive, "deprecated", null, null)]
    [InlineData("@deprecated(reason:)", SchemaCoordinateKind.DirectiveArgument, "deprecated", null, "reason")]
    [InlineData("_T1.__typename", SchemaCoordinateKind.Member, "_T1", "__typename", null)]
    public void Parses_every_kind_and_prints_it_back(string text, SchemaCoordinateKind kind, string name, string? member, string? argument)
    {
        var coordinate = SchemaCoordinate.Parse(text);

        Assert.Equal(kind, coordinate.Kind);
        Assert.Equal(name, coordinate.Name);
        Assert.Equal(member, coordinate.MemberName);
        Assert.Equal(argument, coordinate.ArgumentName);
        Assert.Equal(text, coordinate.ToString());
    }

    [Fact]
    public void Factories_print_what_the_parser_reads()
    {
        Assert.Equal("Query.post(id:)", SchemaCoordinate.ForArgument("Query", "post", "id").ToString());
        Assert.Equal("@include(if:)", SchemaCoordinate.ForDirectiveArgument("include", "if").ToString());
        Assert.Equal(SchemaCoordinate.ForMember("Post", "title"), SchemaCoordinate.Parse("Post.title"));
    }

    // Coordinates hold no ignored tokens (section 2.14), and every part is a Name; messages and
    // columns are those of graphql-js 17's parseSchemaCoordinate.
    [Theory]
    [InlineData("", "Syntax Error: Expected Name, found <EOF>.", 1)]
    [InlineData("Post.", "Syntax Error: Expected Name, found <EOF>.", 6)]
    [InlineData("Post .title", "Syntax Error: Invalid character: \" \".", 5)]
    [InlineData("Post.title ", "Syntax Error: Invalid character: \" \".", 11)]
    [InlineData("Query.post(id)", "Syntax Error: Expected \":\", found \")\".", 14)]
    [InlineData("Query.post(id:", "Syntax Error: Expected \")\", found <EOF>.", 15)]
    [InlineData("Query.post(id:).x", "Syntax Error: Expected <EOF>, found \".\".", 16)]
    [InlineData("Post.title.x", "Syntax Error: Expected <EOF>, found \".\".", 11)]
    [InlineData("Post.(x:)", "Syntax Error: Expected Name, found \"(\".", 6)]
    [InlineData("Post.title(x:)y", "Syntax Error: Expected <EOF>, found Name \"y\".", 15)]
    [InlineData("@", "Syntax Error: Expected Name, found <EOF>.", 2)]
    [InlineData("@skip.if", "Syntax Error: Expected <EOF>, found \".\".", 6)]
    [InlineData("1Post", "Syntax Error: Invalid character: \"1\".", 1)]
    [InlineData("Post,", "Syntax Error: Invalid character: \",\".", 5)]
    [InlineData("Post\n", "Syntax Error: Invalid character: U+000A.", 5)]
    [InlineData("Pos\u00E9", "Syntax Error: Invalid character: U+00E9.", 4)]
    public void Refuses_what_is_not_a_coordinate_with_the_column(string text, string message, int column)
    {
        var exception = Assert.Throws<GraphQLSyntaxException>(() => SchemaCoordinate.Parse(text));

        Assert.Equal(message, exception.Errors[0].Message);
        Assert.Equal(new SourceLocation(1, column), exception.Location);
        Assert.Equal(ErrorCodes.SyntaxError, exception.Code);
    }

    [Fact]
    public void TryParse_says_no_without_throwing()
    {
        Assert.False(SchemaCoordinate.TryParse("Post.", out var none));
        Assert.Null(none);
        Assert.False(SchemaCoordinate.TryParse(null, out _));
        Assert.True(SchemaCoordinate.TryParse("Post.title", out var coordinate));
        Assert.Equal(SchemaCoordinateKind.Member, coordinate!.Kind);
    }

    [Fact]
    public void Factories_refuse_names_that_are_not_names()
        => Assert.Throws<ArgumentException>(() => SchemaCoordinate.ForType("Not a name"));
}
