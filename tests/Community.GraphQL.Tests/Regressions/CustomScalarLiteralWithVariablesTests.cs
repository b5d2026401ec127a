using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// A custom scalar's literal may hold variables (<c>{a: $v}</c>): each is replaced by the
/// variable's value, a variable not given is left out of objects and is null in lists, as in
/// graphql-js; the argument used to be refused as an invalid value.
/// </summary>
public sealed class CustomScalarLiteralWithVariablesTests
{
    [Fact]
    public async Task Variables_inside_a_custom_scalar_literal_are_substituted()
    {
        var schema = SchemaBuilder.FromSdl("scalar Anything type Query { echo(value: Anything): Anything n(i: Int, s: String): Int }").Resolve("Query.echo", ctx => ctx.Arguments["value"]).Build();
        using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "query ($v: Int, $w: String) { echo(value: {a: $v, b: [$v, $w], c: {d: $w}}) }",
            Variables = new Dictionary<string, object?> { ["v"] = 1 },
        });

        Assert.Equal("""{"data":{"echo":{"a":1,"b":[1,null],"c":{}}}}""", result.ToJson());
    }
}
