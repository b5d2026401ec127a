using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// A oneOf input object given in a variable is checked for "exactly one key" and "non-null" even
/// when another of its errors was already reported, as graphql-js does.
/// </summary>
public sealed class OneOfVariableChecksAfterOtherErrorsTests
{
    private const string OneOf =
        "Within OneOf Input Object type \"Filter\", exactly one field must be specified, and the value for that field must be non-null.";

    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input Filter @oneOf { id: ID name: String }
        type Query { find(by: Filter): String }
        """).Resolve("Query.find", _ => "found").Build();

    [Theory]
    [InlineData("""{ "nick": "x" }""", "Expected value of type \"Filter\" not to include unknown field \"nick\", found: { nick: \"x\" }.", OneOf)]
    [InlineData("""{ "id": null, "name": null }""", OneOf, OneOf)]
    public async Task Every_oneOf_problem_is_reported(string json, string first, string second)
    {
        var variables = new Dictionary<string, object?>
        {
            ["f"] = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(json),
        };
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "query ($f: Filter) { find(by: $f) }", Variables = variables });

        Assert.Collection(
            result.Errors!,
            e => Assert.EndsWith(first, e.Message),
            e => Assert.EndsWith(second, e.Message));
    }
}
