using System.Text.Json.Nodes;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// Introspection's <c>defaultValue</c> and the SDL printer show the coerced default, as graphql-js
/// does: a single value given for a list reads as a list, input objects show their fields'
/// defaults, and an ID that looks like an integer is written as one.
/// </summary>
public sealed class IntrospectionDefaultValuesAreCoercedTests
{
    private const string Sdl = """
        input Point { x: Int y: Int = 0 }
        type Query { f(list: [Int] = 3, point: Point = {x: 1}, id: ID = "7", big: Float = 1e20): Int }
        """;

    [Fact]
    public async Task Defaults_are_printed_from_their_coerced_values()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl);
        using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ __type(name: \"Query\") { fields { args { name defaultValue } } } }",
        });

        var args = JsonNode.Parse(result.ToJson())!["data"]!["__type"]!["fields"]![0]!["args"]!.AsArray();
        var defaults = args.ToDictionary(a => (string)a!["name"]!, a => (string?)a!["defaultValue"]);
        Assert.Equal("[3]", defaults["list"]);
        Assert.Equal("{x: 1, y: 0}", defaults["point"]);
        Assert.Equal("7", defaults["id"]);
        Assert.Equal("100000000000000000000", defaults["big"]);
    }

    [Fact]
    public void Sdl_printer_prints_the_same_defaults()
        => Assert.Contains(
            "f(list: [Int] = [3], point: Point = {x: 1, y: 0}, id: ID = 7, big: Float = 100000000000000000000): Int",
            SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(Sdl)));
}
