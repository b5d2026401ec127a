using System.Text.Json.Nodes;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// Introspection's <c>defaultValue</c> and the SDL printer show a default as its author wrote it
/// (September 2025 edition, default value coercion; graphql-js 17 does the same): a single value
/// given for a list stays single, an input object shows only the fields it names, and an ID keeps
/// its quotes. Coercion happens where the default is used, so execution still sees the coerced
/// value (<c>DefaultValueTests</c>).
/// </summary>
public sealed class DefaultValuesArePrintedAsWrittenTests
{
    private const string Sdl = """
        input Point { x: Int y: Int = 0 }
        type Query { f(list: [Int] = 3, point: Point = {x: 1}, id: ID = "7", big: Float = 1e20): Int }
        """;

    [Fact]
    public async Task Introspection_reports_defaults_as_written()
    {
        var schema = SchemaBuilder.BuildFromSdl(Sdl);
        using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ __type(name: \"Query\") { fields { args { name defaultValue } } } }",
        });

        var args = JsonNode.Parse(result.ToJson())!["data"]!["__type"]!["fields"]![0]!["args"]!.AsArray();
        var defaults = args.ToDictionary(a => (string)a!["name"]!, a => (string?)a!["defaultValue"]);
        Assert.Equal("3", defaults["list"]);
        Assert.Equal("{ x: 1 }", defaults["point"]);
        Assert.Equal("\"7\"", defaults["id"]);
        Assert.Equal("1e20", defaults["big"]);
    }

    [Fact]
    public void Sdl_printer_prints_the_same_defaults()
        => Assert.Contains(
            "f(list: [Int] = 3, point: Point = { x: 1 }, id: ID = \"7\", big: Float = 1e20): Int",
            SchemaPrinter.Print(SchemaBuilder.BuildFromSdl(Sdl)));
}
