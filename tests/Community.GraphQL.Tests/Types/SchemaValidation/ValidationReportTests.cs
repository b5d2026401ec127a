using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class ValidationReportTests
{
    [Fact]
    public void Every_error_is_collected_once_and_listed_on_its_own_line()
    {
        var exception = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.BuildFromSdl("""
            type Query { a: Missing }
            interface Node { id: ID! }
            type Post implements Node { title: String }
            union U
            """));

        Assert.Equal(
            [
                "Unknown type \"Missing\".",
                "Interface field Node.id expected but Post does not provide it.",
                "Union type U must define one or more member types.",
            ],
            exception.Errors);
        Assert.Equal(string.Join('\n', exception.Errors), exception.Message);
    }

    [Fact]
    public void Invalid_defaults_are_reported_with_the_other_errors()
        => Assert.Equal(
            ["Union type U must define one or more member types.", "Query.a(n:) has invalid default value: Int cannot represent non-integer value: true"],
            SchemaErrors.Of("type Query { a(n: Int = true): String } union U"));
}
