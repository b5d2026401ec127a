using System.Text.Json.Nodes;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// <c>__schema.types</c> lists types in graphql-js's order: the schema's own types as defined,
/// each built-in scalar right after the first type that refers to it (field type before argument
/// types), then the scalars only directives use, then the introspection types.
/// </summary>
public sealed class IntrospectionTypeOrderTests
{
    [Fact]
    public async Task Types_are_listed_in_graphql_js_order()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            type Query { z: Z a: A f(x: ID): Float }
            type Z { s: String }
            type A { n: Int }
            scalar Json
            """);
        using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ __schema { types { name } } }" });

        var names = JsonNode.Parse(result.ToJson())!["data"]!["__schema"]!["types"]!.AsArray().Select(t => (string)t!["name"]!);
        Assert.Equal(
            [
                "Query", "Float", "ID", "Z", "String", "A", "Int", "Json", "Boolean",
                "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
            ],
            names);
    }
}
