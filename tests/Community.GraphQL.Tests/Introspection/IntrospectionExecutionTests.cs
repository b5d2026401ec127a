using System.Text.Json.Nodes;
using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Community.GraphQL.Tests.Printing;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>Introspection through the executor, over a schema built from SDL.</summary>
public sealed class IntrospectionExecutionTests
{
    private static readonly Schema KitchenSink = SchemaBuilder.BuildFromSdl(KitchenSinkSchema.Sdl);

    private static async Task<JsonObject> DataAsync(Schema schema, string query)
    {
        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query });
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        Assert.Null(json["errors"]);
        return json["data"]!.AsObject();
    }

    private static JsonObject Named(JsonNode? list, string name) => list!.AsArray().Single(t => (string?)t!["name"] == name)!.AsObject();

    [Fact]
    public void Full_introspection_query_passes_every_validation_rule()
    {
        var document = Parser.Parse(IntrospectionQuery.Text);
        Assert.Empty(DocumentValidator.Validate(KitchenSink, document));
    }

    [Fact]
    public async Task Full_introspection_query_describes_the_whole_schema()
    {
        var schema = (await DataAsync(KitchenSink, IntrospectionQuery.Text))["__schema"]!.AsObject();

        Assert.Equal("The kitchen sink.", (string?)schema["description"]);
        Assert.Equal("""{"name":"Root","kind":"OBJECT"}""", schema["queryType"]!.ToJsonString());
        Assert.Equal("Changes", (string?)schema["mutationType"]!["name"]);
        Assert.Null(schema["subscriptionType"]);

        var typeNames = schema["types"]!.AsArray().Select(t => (string?)t!["name"]).ToList();
        // Every type once; the order is graphql-js's (see Regressions/IntrospectionTypeOrderTests).
        Assert.Equal(KitchenSink.Types.Select(t => t.Name).Order(), typeNames.Order());
        Assert.Contains("__Schema", typeNames);
        Assert.Contains("String", typeNames);

        var directiveNames = schema["directives"]!.AsArray().Select(d => (string?)d!["name"]).ToList();
        Assert.Equal(KitchenSink.Directives.Select(d => d.Name), directiveNames);
        Assert.Contains("include", directiveNames);
        Assert.Contains("oneOf", directiveNames);
    }

    [Fact]
    public async Task Full_introspection_query_reports_every_feature()
    {
        var schema = (await DataAsync(KitchenSink, IntrospectionQuery.Text))["__schema"]!.AsObject();
        var types = schema["types"];

        var search = Named(Named(types, "Root")["fields"], "search");
        Assert.Equal("[POST, COMMENT]", (string?)Named(search["args"], "kinds")["defaultValue"]);
        Assert.Equal("{ kind: POST }", (string?)Named(search["args"], "filter")["defaultValue"]);
        Assert.Equal("\"\"", (string?)Named(search["args"], "text")["defaultValue"]);
        Assert.Equal(
            """{"kind":"NON_NULL","name":null,"ofType":{"name":null,"kind":"LIST","ofType":{"name":null,"kind":"NON_NULL","ofType":{"name":"SearchResult","kind":"UNION","ofType":null}}}}""",
            search["type"]!.ToJsonString());

        var oldSearch = Named(Named(types, "Root")["fields"], "oldSearch");
        Assert.True((bool)oldSearch["isDeprecated"]!);
        Assert.Equal("No longer supported", (string?)oldSearch["deprecationReason"]);
        Assert.True((bool)Named(oldSearch["args"], "legacy")["isDeprecated"]!);

        Assert.True((bool)Named(types, "Filter")["isOneOf"]!);
        Assert.False((bool)Named(types, "Range")["isOneOf"]!);
        Assert.Null(Named(types, "Root")["isOneOf"]);
        Assert.True((bool)Named(Named(types, "RenameInput")["inputFields"], "name")["isDeprecated"]!);
        Assert.Equal("Use POST.", (string?)Named(Named(types, "Kind")["enumValues"], "COMMENT")["deprecationReason"]);
        Assert.Equal("https://scalars.graphql.org/andimarek/date-time", (string?)Named(types, "Instant")["specifiedByURL"]);
        Assert.Equal(["Node", "Content"], Named(types, "Post")["interfaces"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Equal(["Post", "Comment"], Named(types, "SearchResult")["possibleTypes"]!.AsArray().Select(i => (string?)i!["name"]));

        var tag = Named(schema["directives"], "tag");
        Assert.True((bool)tag["isRepeatable"]!);
        Assert.Equal("SCHEMA", (string?)tag["locations"]![0]);
        Assert.False((bool)Named(schema["directives"], "cost")["isRepeatable"]!);
        Assert.Equal("1", (string?)Named(Named(schema["directives"], "cost")["args"], "weight")["defaultValue"]);
    }

    [Fact]
    public async Task Full_introspection_query_unwraps_the_deepest_common_wrapping()
    {
        var schema = SchemaBuilder.BuildFromSdl("type Query { deep: [[[[String!]!]!]!]! }");
        var data = await DataAsync(schema, IntrospectionQuery.Text);
        var type = Named(Named(data["__schema"]!["types"], "Query")["fields"], "deep")["type"];
        var kinds = new List<string?>();
        for (var node = type; node is not null; node = node["ofType"])
        {
            kinds.Add((string?)node["kind"]);
        }

        Assert.Equal(["NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "LIST", "NON_NULL", "SCALAR"], kinds);
    }

    [Fact]
    public async Task Introspection_types_describe_themselves()
    {
        var data = await DataAsync(KitchenSink, """{ __type(name: "__Type") { kind fields { name } } }""");
        Assert.Equal(
            """{"kind":"OBJECT","fields":[{"name":"kind"},{"name":"name"},{"name":"description"},{"name":"specifiedByURL"},{"name":"fields"},{"name":"interfaces"},{"name":"possibleTypes"},{"name":"enumValues"},{"name":"inputFields"},{"name":"ofType"},{"name":"isOneOf"}]}""",
            data["__type"]!.ToJsonString());
    }

    [Fact]
    public async Task Type_meta_field_describes_one_type_and_is_null_for_unknown_names()
    {
        var data = await DataAsync(KitchenSink, """{ post: __type(name: "Post") { kind name } none: __type(name: "Nope") { name } }""");
        Assert.Equal("""{"post":{"kind":"OBJECT","name":"Post"},"none":null}""", data.ToJsonString());
    }

    [Fact]
    public async Task Typename_meta_field_names_the_object_type()
    {
        var data = await DataAsync(KitchenSink, "{ __typename }");
        Assert.Equal("""{"__typename":"Root"}""", data.ToJsonString());
    }

    [Fact]
    public async Task Deprecated_members_are_listed_only_when_asked()
    {
        var data = await DataAsync(
            KitchenSink,
            """
            {
              __type(name: "Root") {
                current: fields { name }
                all: fields(includeDeprecated: true) { name }
              }
              kind: __type(name: "Kind") {
                current: enumValues { name }
                all: enumValues(includeDeprecated: true) { name }
              }
              input: __type(name: "RenameInput") {
                current: inputFields { name }
                all: inputFields(includeDeprecated: true) { name }
              }
            }
            """);
        Assert.Equal(
            """{"current":[{"name":"node"},{"name":"search"},{"name":"described"}],"all":[{"name":"node"},{"name":"search"},{"name":"oldSearch"},{"name":"when"},{"name":"described"}]}""",
            data["__type"]!.ToJsonString());
        Assert.Equal("""{"current":[{"name":"POST"},{"name":"OTHER"}],"all":[{"name":"POST"},{"name":"COMMENT"},{"name":"OTHER"}]}""", data["kind"]!.ToJsonString());
        Assert.Equal("""{"current":[{"name":"id"}],"all":[{"name":"id"},{"name":"name"}]}""", data["input"]!.ToJsonString());
    }

    [Fact]
    public async Task Deprecated_arguments_are_listed_only_when_asked()
    {
        var data = await DataAsync(
            KitchenSink,
            """
            {
              __type(name: "Root") {
                fields(includeDeprecated: true) {
                  name
                  current: args { name }
                  all: args(includeDeprecated: true) { name }
                }
              }
            }
            """);
        var oldSearch = Named(data["__type"]!["fields"], "oldSearch");
        Assert.Equal("""[{"name":"text"}]""", oldSearch["current"]!.ToJsonString());
        Assert.Equal("""[{"name":"text"},{"name":"legacy"}]""", oldSearch["all"]!.ToJsonString());
    }

    [Fact]
    public async Task A_null_include_deprecated_is_refused_because_the_argument_is_non_null()
    {
        using var result = await new RequestExecutor(KitchenSink).ExecuteAsync(new GraphQLRequest
        {
            Query = "{ __type(name: \"Root\") { fields(includeDeprecated: null) { name } } }",
        });

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Expected value of non-null type \"Boolean!\" not to be null.", error.Message);
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
    }

    [Fact]
    public async Task Directive_arguments_and_locations_are_reported()
    {
        var data = await DataAsync(
            KitchenSink,
            """{ __schema { directives { name isRepeatable locations args(includeDeprecated: true) { name defaultValue } } } }""");
        var deprecated = Named(data["__schema"]!["directives"], "deprecated");
        Assert.False((bool)deprecated["isRepeatable"]!);
        Assert.Equal("\"No longer supported\"", (string?)Named(deprecated["args"], "reason")["defaultValue"]);
        Assert.Equal("""["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"]""", Named(data["__schema"]!["directives"], "skip")["locations"]!.ToJsonString());
    }
}
