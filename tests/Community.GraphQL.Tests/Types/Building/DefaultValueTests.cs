using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Building;

public class DefaultValueTests
{
    private const string Sdl = """
        type Query {
          posts(first: Int = 10, kind: Kind = UPDATE, tags: [String] = "news", filter: Filter = { title: "a" }, when: DateTime = "2024-05-01T00:00:00Z"): String
          nothing(value: String = null): String
        }
        enum Kind { UPDATE POLL }
        input Filter { title: String! limit: Int = 5 nested: Nested = {} }
        input Nested { depth: Float = 1 }
        directive @cost(weight: Int = 1) on FIELD_DEFINITION
        """;

    [Fact]
    public void Keeps_the_literal_and_its_coerced_value()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl);
        var posts = schema.QueryType.GetField("posts")!;

        Assert.Equal("10", Assert.IsType<IntValueNode>(posts.GetArgument("first")!.DefaultValue).Value);
        Assert.Equal(10, posts.GetArgument("first")!.CoercedDefaultValue);
        Assert.Equal("UPDATE", posts.GetArgument("kind")!.CoercedDefaultValue);
        Assert.Equal(new List<object?> { "news" }, posts.GetArgument("tags")!.CoercedDefaultValue);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), posts.GetArgument("when")!.CoercedDefaultValue);
        Assert.Equal(1, schema.GetDirective("cost")!.GetArgument("weight")!.CoercedDefaultValue);
    }

    [Fact]
    public void Input_object_defaults_fill_in_the_defaults_of_missing_fields()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl);
        var filter = Assert.IsType<Dictionary<string, object?>>(schema.QueryType.GetField("posts")!.GetArgument("filter")!.CoercedDefaultValue);

        Assert.Equal("a", filter["title"]);
        Assert.Equal(5, filter["limit"]);
        Assert.Equal(1d, Assert.IsType<Dictionary<string, object?>>(filter["nested"])["depth"]);
    }

    [Fact]
    public void A_null_default_is_kept_as_a_null_literal()
    {
        var argument = SchemaBuilder.BuildFromSdl(Sdl).QueryType.GetField("nothing")!.GetArgument("value")!;
        Assert.True(argument.HasDefaultValue);
        Assert.IsType<NullValueNode>(argument.DefaultValue);
        Assert.Null(argument.CoercedDefaultValue);
    }

    [Fact]
    public void Enum_defaults_coerce_to_bound_clr_members()
    {
        var schema = SchemaBuilder.FromSdl(Sdl).BindRuntimeType<Kind>("Kind").Build();
        Assert.Equal(Kind.Update, schema.QueryType.GetField("posts")!.GetArgument("kind")!.CoercedDefaultValue);
    }

    [Theory]
    [InlineData("type Query { a(n: Int = \"x\"): String }", "Query.a(n:) has invalid default value: Int cannot represent non-integer value: \"x\"")]
    [InlineData("type Query { a(n: Int! = null): String }", "Query.a(n:) has invalid default value: Expected value of non-null type \"Int!\" not to be null.")]
    [InlineData("type Query { a(k: K = C): String } enum K { A }", "Query.a(k:) has invalid default value: Value \"C\" does not exist in \"K\" enum.")]
    [InlineData("type Query { a(i: I = { b: 1 }): String } input I { a: Int }", "Query.a(i:) has invalid default value: Expected value of type \"I\" not to include unknown field \"b\", found: { b: 1 }.")]
    [InlineData("type Query { a(i: I = {}): String } input I { a: Int! }", "Query.a(i:) has invalid default value: Expected value of type \"I\" to include required field \"a\", found: {  }.")]
    [InlineData("type Query { a(i: I): String } input I { a: Int = 1.5 }", "I.a has invalid default value: Int cannot represent non-integer value: 1.5")]
    public void Invalid_defaults_are_schema_errors(string sdl, string message)
        => Assert.Equal([message], SchemaErrors.Of(sdl));

    [Fact]
    public void A_cycle_of_input_object_defaults_is_an_error_not_a_crash()
    {
        // Reported by the type-system rule, once; the cyclic defaults are not coerced at all.
        var errors = SchemaErrors.Of("type Query { a(i: I = {}): String } input I { self: I = {} }");
        Assert.Equal(["Invalid circular reference. The default value of Input Object field I.self references itself."], errors);
    }

    private enum Kind
    {
        Update,
        Poll,
    }
}
