using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types;

public class ConstValueCoercerTests
{
    private const string OneOf =
        "Within OneOf Input Object type \"By\", exactly one field must be specified, and the value for that field must be non-null.";

    private static readonly Schema Schema = SchemaBuilder.BuildFromSdl("""
        type Query { a(by: By, list: [[Int]], kind: Kind): String }
        input By @oneOf { id: ID email: String }
        enum Kind { A B }
        """);

    private static IGraphQLType Argument(string name) => Schema.QueryType.GetField("a")!.GetArgument(name)!.Type;

    [Fact]
    public void A_one_of_value_with_exactly_one_non_null_field_is_accepted()
        => Assert.Equal(
            new Dictionary<string, object?> { ["email"] = "a@b.c" },
            ConstValueCoercer.Coerce(Parser.ParseConstValue("{email: \"a@b.c\"}"), Argument("by")));

    [Theory]
    [InlineData("{}", OneOf)]
    [InlineData("{id: 1, email: \"x\"}", OneOf)]
    [InlineData("{id: null}", OneOf)]
    public void A_one_of_value_with_other_than_one_non_null_field_is_refused(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ValueCoercionException>(() => ConstValueCoercer.Coerce(Parser.ParseConstValue(literal), Argument("by"))).Message);

    [Fact]
    public void Single_values_are_wrapped_into_lists_at_each_level()
        => Assert.Equal(
            new List<object?> { new List<object?> { 1 } },
            ConstValueCoercer.Coerce(Parser.ParseConstValue("1"), Argument("list")));

    [Fact]
    public void Enum_values_must_be_enum_literals()
        => Assert.Equal(
            "Enum \"Kind\" cannot represent non-enum value: \"A\".",
            Assert.Throws<ValueCoercionException>(() => ConstValueCoercer.Coerce(Parser.ParseConstValue("\"A\""), Argument("kind"))).Message);

    [Fact]
    public void Variables_are_not_constants()
        => Assert.Equal(
            "Expected a constant value, found variable \"$x\".",
            Assert.Throws<ValueCoercionException>(() => ConstValueCoercer.Coerce(Parser.ParseValue("$x"), Argument("kind"))).Message);
}
