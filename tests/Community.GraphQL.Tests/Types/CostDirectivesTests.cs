using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types;

/// <summary><c>@cost</c> and <c>@listSize</c>: declared when a schema applies them, printed in its SDL, applied from code first.</summary>
public sealed class CostDirectivesTests
{
    [Fact]
    public void A_schema_that_applies_them_declares_and_prints_them()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query {
              posts(first: Int): [Post!]! @listSize(assumedSize: 50, slicingArguments: ["first"], requireOneSlicingArgument: false) @cost(weight: "5")
            }
            type Post @cost(weight: "2") { id: ID! }
            """);

        var sdl = SchemaPrinter.Print(schema);

        Assert.NotNull(schema.GetDirective("cost"));
        Assert.NotNull(schema.GetDirective("listSize"));
        Assert.Contains(
            "directive @cost(\n  \"\"\"\n  How much one appearance of the element adds to an operation's cost",
            sdl,
            StringComparison.Ordinal);
        Assert.Contains("weight: String!\n) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR", sdl, StringComparison.Ordinal);
        Assert.Contains("requireOneSlicingArgument: Boolean! = true\n) on FIELD_DEFINITION", sdl, StringComparison.Ordinal);
        Assert.Contains("posts(first: Int): [Post!]! @listSize(assumedSize: 50, slicingArguments: [\"first\"], requireOneSlicingArgument: false) @cost(weight: \"5\")", sdl, StringComparison.Ordinal);
        Assert.Contains("type Post @cost(weight: \"2\") {", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_directive_arguments_are_in_HotChocolate_order()
    {
        var printed = SchemaPrinter.PrintDirective(CostDirectives.ListSize);
        var names = new[] { "assumedSize: Int", "slicingArguments: [String!]", "slicingArgumentDefaultValue: Int", "sizedFields: [String!]", "requireOneSlicingArgument: Boolean! = true" };
        var positions = names.Select(n => printed.IndexOf(n, StringComparison.Ordinal)).ToArray();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void A_schema_that_does_not_apply_them_neither_declares_nor_prints_them()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { posts: [String!]! }");
        Assert.Null(schema.GetDirective("cost"));
        Assert.Null(schema.GetDirective("listSize"));
        Assert.DoesNotContain("@cost", SchemaPrinter.Print(schema), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_applied_one_is_declared()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { posts: [String!]! @listSize(assumedSize: 3) }");
        Assert.NotNull(schema.GetDirective("listSize"));
        Assert.Null(schema.GetDirective("cost"));
    }

    [Fact]
    public void A_schema_may_declare_its_own_cost_directive()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @cost(weight: Int!) on FIELD_DEFINITION
            type Query { posts: [String!]! @cost(weight: 3) }
            """);
        Assert.Equal("Int!", schema.GetDirective("cost")!.Arguments[0].Type.ToString());
    }

    [Fact]
    public void Code_first_helpers_apply_both()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q
                .Field("posts", "PostsConnection", f => f
                    .Argument("first", "Int")
                    .Argument("last", "Int")
                    .Argument("where", "PostFilter", a => a.Cost(10))
                    .Cost(10)
                    .ListSize(assumedSize: 50, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 10, sizedFields: ["nodes"], requireOneSlicingArgument: false)))
            .ObjectType("PostsConnection", t => t.Field("nodes", "[Post!]"))
            .ObjectType("Post", t => t.Cost(2).Field("id", "ID!"))
            .InputObjectType("PostFilter", t => t.Field("title", "String"))
            .Build();

        var sdl = SchemaPrinter.Print(schema);

        Assert.Contains(
            "posts(first: Int, last: Int, where: PostFilter @cost(weight: \"10\")): PostsConnection @cost(weight: \"10\") "
            + "@listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], slicingArgumentDefaultValue: 10, sizedFields: [\"nodes\"], requireOneSlicingArgument: false)",
            sdl,
            StringComparison.Ordinal);
        Assert.Contains("type Post @cost(weight: \"2\") {", sdl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type Query { a: String @cost(weight: \"heavy\") }", "Field Query.a has a @cost whose weight is not a finite number")]
    [InlineData("type Query { a(n: Int): [String] @listSize(slicingArguments: [\"first\"]) }", "names \"first\" as a slicing argument in @listSize, but has no Int argument of that name")]
    [InlineData("type Query { a(first: String): [String] @listSize(slicingArguments: [\"first\"]) }", "names \"first\" as a slicing argument")]
    [InlineData("type Query { a: C @listSize(sizedFields: [\"items\"]) } type C { count: Int }", "names \"items\" in sizedFields of @listSize, but its type has no list field of that name")]
    [InlineData("type Query { a: [String] @listSize(assumedSize: -1) }", "has a @listSize with a negative size")]
    public void A_wrong_annotation_stops_the_schema_from_being_built(string sdl, string expected)
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildFromSdl(sdl));
        Assert.Contains(exception.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }
}
