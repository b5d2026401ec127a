using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// A <c>__typename</c> naming no type, or a type that is not an object type, gets graphql-js's
/// specific message rather than the one for a value whose type cannot be found at all.
/// </summary>
public sealed class AbstractTypeNameResolutionMessageTests
{
    private static readonly Schema Schema = SchemaBuilder.BuildFromSdl("""
        interface Node { id: ID }
        interface Named implements Node { id: ID name: String }
        type Thing implements Named & Node { id: ID name: String }
        type Query { node: Node }
        """);

    [Theory]
    [InlineData("Cow", "Abstract type \"Node\" was resolved to a type \"Cow\" that does not exist inside the schema.")]
    [InlineData("Named", "Abstract type \"Node\" was resolved to a non-object type \"Named\".")]
    public async Task Typename_that_is_not_an_object_type_is_reported_by_name(string typeName, string message)
    {
        var root = new Dictionary<string, object?> { ["node"] = new Dictionary<string, object?> { ["__typename"] = typeName, ["id"] = "1" } };
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest { Query = "{ node { id } }" }, new RequestOptions { RootValue = root });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(message, error.Message);
        Assert.Equal(["node"], error.Path!);
    }
}
