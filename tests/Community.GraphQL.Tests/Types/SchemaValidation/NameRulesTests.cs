using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class NameRulesTests
{
    private const string Reserved = "must not begin with \"__\", which is reserved by GraphQL introspection.";

    [Fact]
    public void Names_with_single_underscores_are_valid() => SchemaErrors.Valid("type Query { _a: _T } type _T { b_: String }");

    [Theory]
    [InlineData("type Query { a: __T } type __T { a: String }", "Name \"__T\" " + Reserved)]
    [InlineData("type Query { __a: String }", "Name \"__a\" " + Reserved)]
    [InlineData("type Query { a(__x: String): String }", "Name \"__x\" " + Reserved)]
    [InlineData("type Query { a: E } enum E { __A }", "Name \"__A\" " + Reserved)]
    [InlineData("type Query { a(i: I): String } input I { __f: String }", "Name \"__f\" " + Reserved)]
    [InlineData("type Query { a: String } directive @__d on FIELD", "Name \"__d\" " + Reserved)]
    public void Names_must_not_begin_with_two_underscores(string sdl, string message)
        => Assert.Equal([message], SchemaErrors.Of(sdl));

    [Fact]
    public void Code_first_names_must_be_valid_graphql_names()
        => Assert.Equal(
            ["Names must start with [_a-zA-Z] but \"1st\" does not.", "Names must only contain [_a-zA-Z0-9] but \"my-field\" does not."],
            SchemaErrors.Of(new SchemaBuilder().QueryType(q => q.Field("1st", "String").Field("my-field", "String"))));

    [Fact]
    public void Enum_values_cannot_be_true_false_or_null()
        => Assert.Equal(
            ["Enum type E cannot include value: true."],
            SchemaErrors.Of(new SchemaBuilder().QueryType(q => q.Field("e", "E")).EnumType("E", e => e.Value("true"))));
}
