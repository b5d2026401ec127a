using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// A misspelled enum value in a variable is suggested as "the enum value", as graphql-js words it,
/// and a value that is not a string gets suggestions close to its printed form too.
/// </summary>
public sealed class EnumVariableSuggestionWordingTests
{
    [Fact]
    public async Task Suggestion_names_the_enum_value()
    {
        var schema = SchemaBuilder.FromSdl("enum Color { RED GREEN } type Query { echo(value: Color): Color }")
            .Resolve("Query.echo", ctx => ctx.Arguments["value"])
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($c: Color) { echo(value: $c) }",
            Variables = new Dictionary<string, object?> { ["c"] = "red" },
        });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(
            "Variable \"$c\" has invalid value: Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            error.Message);
    }

    [Fact]
    public async Task Non_string_value_gets_suggestions_from_its_printed_form()
    {
        var schema = SchemaBuilder.FromSdl("enum Color { RED BLUE } type Query { echo(value: Color): Color }")
            .Resolve("Query.echo", ctx => ctx.Arguments["value"])
            .Build();
        var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($c: Color) { echo(value: $c) }",
            Variables = new Dictionary<string, object?> { ["c"] = true },
        });

        Assert.Equal(
            "Variable \"$c\" has invalid value: Enum \"Color\" cannot represent non-string value: true. Did you mean the enum value \"BLUE\"?",
            Assert.Single(result.Errors!).Message);
    }
}
