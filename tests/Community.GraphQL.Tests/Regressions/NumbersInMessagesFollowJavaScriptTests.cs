using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>Numbers in error messages are written as JavaScript writes them (12345678901234567000, not 1.2345678901234567E+19).</summary>
public sealed class NumbersInMessagesFollowJavaScriptTests
{
    [Theory]
    [InlineData(12345678901234567890d, "12345678901234567000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(123.456, "123.456")]
    [InlineData(-0d, "0")]
    public void Doubles_print_as_javascript_numbers(double value, string expected)
        => Assert.Equal(expected, NumericValue.Format(value));

    [Fact]
    public async Task Int_variable_out_of_range_shows_the_number_as_javascript_does()
    {
        var schema = SchemaBuilder.FromSdl("type Query { echo(value: Int): Int }").Resolve("Query.echo", ctx => ctx.Arguments["value"]).Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($a: Int) { echo(value: $a) }",
            Variables = new Dictionary<string, object?> { ["a"] = 12345678901234567890d },
        });

        Assert.Equal(
            "Variable \"$a\" has invalid value: Int cannot represent non 32-bit signed integer value: 12345678901234567000",
            Assert.Single(result.Errors!).Message);
    }
}
