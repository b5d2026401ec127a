using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>A misspelled enum value in a variable is suggested as "the enum value", as graphql-js words it.</summary>
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
            "Variable \"$c\" got invalid value \"red\"; Value \"red\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            error.Message);
    }
}
