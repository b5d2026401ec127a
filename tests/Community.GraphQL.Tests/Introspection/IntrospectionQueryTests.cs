using System.Text.Json.Nodes;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>The full introspection query, run over the hand-built schema by calling the resolvers in selection order.</summary>
public sealed class IntrospectionQueryTests
{
    private readonly JsonObject _schema;

    public IntrospectionQueryTests()
    {
        _schema = IntrospectionWalker.Run(HandBuiltSchema.Create(), IntrospectionQuery.Text)["__schema"]!.AsObject();
    }

    private JsonObject Type(string name) => _schema["types"]!.AsArray().Single(t => (string?)t!["name"] == name)!.AsObject();

    private static JsonObject Named(JsonNode? list, string name) => list!.AsArray().Single(t => (string?)t!["name"] == name)!.AsObject();

    [Fact]
    public void Query_text_parses_as_one_operation_and_three_fragments()
    {
        var document = Parser.Parse(IntrospectionQuery.Text);
        var operation = Assert.Single(document.Definitions.OfType<OperationDefinitionNode>());
        Assert.Equal(IntrospectionQuery.OperationName, operation.Name?.Value);
        Assert.Equal(["FullType", "InputValue", "TypeRef"], document.Definitions.OfType<FragmentDefinitionNode>().Select(f => f.Name.Value));
    }

    [Fact]
    public void Query_asks_for_every_optional_feature()
    {
        foreach (var feature in new[] { "specifiedByURL", "isRepeatable", "isOneOf", "args(includeDeprecated: true)", "inputFields(includeDeprecated: true)" })
        {
            Assert.Contains(feature, IntrospectionQuery.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reports_schema_description_and_root_types()
    {
        Assert.Equal("A hand-built schema.", (string?)_schema["description"]);
        Assert.Equal("""{"name":"Query","kind":"OBJECT"}""", _schema["queryType"]!.ToJsonString());
        Assert.Null(_schema["mutationType"]);
        Assert.Null(_schema["subscriptionType"]);
    }

    [Fact]
    public void Lists_every_type_with_its_kind()
    {
        var kinds = _schema["types"]!.AsArray().ToDictionary(t => (string)t!["name"]!, t => (string)t!["kind"]!);
        Assert.Equal("OBJECT", kinds["Query"]);
        Assert.Equal("INTERFACE", kinds["Node"]);
        Assert.Equal("UNION", kinds["SearchResult"]);
        Assert.Equal("ENUM", kinds["Color"]);
        Assert.Equal("INPUT_OBJECT", kinds["Filter"]);
        Assert.Equal("SCALAR", kinds["Url"]);
        Assert.Equal("OBJECT", kinds["__Schema"]);
        Assert.Equal("ENUM", kinds["__TypeKind"]);
    }

    [Fact]
    public void Lists_deprecated_members_with_their_reasons()
    {
        var oldColor = Named(Type("Query")["fields"], "oldColor");
        Assert.True((bool)oldColor["isDeprecated"]!);
        Assert.Equal("Use color.", (string?)oldColor["deprecationReason"]);

        var legacyArgument = Named(Named(Type("Query")["fields"], "search")["args"], "legacy");
        Assert.Equal("No longer supported", (string?)legacyArgument["deprecationReason"]);

        Assert.True((bool)Named(Type("Filter")["inputFields"], "legacy")["isDeprecated"]!);
        Assert.True((bool)Named(Type("Color")["enumValues"], "GREEN")["isDeprecated"]!);
    }

    [Fact]
    public void Reports_one_of_inputs_and_specified_by_urls()
    {
        Assert.True((bool)Type("Filter")["isOneOf"]!);
        Assert.False((bool)Type("Range")["isOneOf"]!);
        Assert.Null(Type("Query")["isOneOf"]);
        Assert.Equal("https://url.spec.whatwg.org/", (string?)Type("Url")["specifiedByURL"]);
    }

    [Fact]
    public void Reports_default_values_as_literals()
    {
        Assert.Equal("{ from: 1 }", (string?)Named(Named(Type("Query")["fields"], "search")["args"], "range")["defaultValue"]);
        Assert.Equal("RED", (string?)Named(Type("Range")["inputFields"], "color")["defaultValue"]);
    }

    [Fact]
    public void Unwraps_type_references()
    {
        var tags = Named(Type("Post")["fields"], "tags")["type"]!.ToJsonString();
        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"name":null,"kind":"LIST","ofType":{"name":null,"kind":"NON_NULL","ofType":{"name":"String","kind":"SCALAR","ofType":null}}}}""",
            tags);
    }

    [Fact]
    public void Reports_interfaces_and_possible_types()
    {
        Assert.Equal("Node", (string?)Type("Post")["interfaces"]![0]!["name"]);
        Assert.Equal("Post", (string?)Type("SearchResult")["possibleTypes"]![0]!["name"]);
        Assert.Null(Type("Post")["possibleTypes"]);
        Assert.Null(Type("Color")["fields"]);
    }

    [Fact]
    public void Reports_directives_with_locations_repeatability_and_deprecated_arguments()
    {
        var tag = Named(_schema["directives"], "tag");
        Assert.True((bool)tag["isRepeatable"]!);
        Assert.Equal("""["FIELD_DEFINITION","OBJECT"]""", tag["locations"]!.ToJsonString());
        Assert.Equal(["name", "old"], tag["args"]!.AsArray().Select(a => (string?)a!["name"]));
    }
}
