using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// Strings in error messages are quoted as JSON.stringify quotes them: non-ASCII letters and emoji
/// stay as they are (they used to come out as <c>\u00E9</c> and <c>\uD83D\uDE00</c>), quotes are
/// <c>\"</c>, control characters <c>\u0001</c>.
/// </summary>
public sealed class StringsInMessagesAreQuotedAsJsonStringifyTests
{
    [Theory]
    [InlineData("é 😀", "\"é 😀\"")]
    [InlineData("quote\" back\\", "\"quote\\\" back\\\\\"")]
    [InlineData("\u0001\t\n", "\"\\u0001\\t\\n\"")]
    public void Quote_matches_json_stringify(string value, string expected)
        => Assert.Equal(expected, ValueInspector.Quote(value));

    [Fact]
    public void Lone_surrogate_is_escaped()
        => Assert.Equal("\"a\\ud800\"", ValueInspector.Quote("a" + (char)0xD800));

    [Fact]
    public async Task Variable_error_prints_the_string_as_json_stringify()
    {
        var schema = SchemaBuilder.FromSdl("type Query { echo(value: Int): Int }").Resolve("Query.echo", ctx => ctx.Arguments["value"]).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($a: Int) { echo(value: $a) }",
            Variables = new Dictionary<string, object?> { ["a"] = "é \"😀\"" },
        });

        Assert.Equal(
            "Variable \"$a\" has invalid value: Int cannot represent non-integer value: \"é \\\"😀\\\"\"",
            Assert.Single(result.Errors!).Message);
    }
}
