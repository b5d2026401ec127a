using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class FieldCollectionTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.me", _ => new Dictionary<string, object?> { ["id"] = "1", ["name"] = "Ada", ["title"] = "Engineer" })
        .Build("""
            type Member { id: ID! name: String title: String }
            type Query { me: Member hello: String }
            """);

    [Fact]
    public async Task Fragments_and_inline_fragments_merge_into_one_object_in_document_order()
    {
        var result = await ExecuteAsync(Schema, """
            { me { ...Names ... on Member { title id } } }
            fragment Names on Member { name id }
            """);
        Json("""{"data":{"me":{"name":"Ada","id":"1","title":"Engineer"}}}""", result);
    }

    [Fact]
    public async Task Aliases_are_response_keys()
    {
        Json("""{"data":{"who":{"n":"Ada","name":"Ada"}}}""", await ExecuteAsync(Schema, "{ who: me { n: name name } }"));
    }

    [Fact]
    public async Task Selections_of_the_same_field_merge_their_subfields()
    {
        Json("""{"data":{"me":{"id":"1","name":"Ada"}}}""", await ExecuteAsync(Schema, "{ me { id } me { name } }"));
    }

    [Theory]
    [InlineData("{ me { id name @skip(if: true) } }", """{"data":{"me":{"id":"1"}}}""")]
    [InlineData("{ me { id name @skip(if: false) } }", """{"data":{"me":{"id":"1","name":"Ada"}}}""")]
    [InlineData("{ me { id name @include(if: false) } }", """{"data":{"me":{"id":"1"}}}""")]
    [InlineData("{ me { id name @include(if: true) @skip(if: true) } }", """{"data":{"me":{"id":"1"}}}""")]
    [InlineData("{ me { id ... @skip(if: true) { name } } }", """{"data":{"me":{"id":"1"}}}""")]
    [InlineData("{ me { id ...N @include(if: false) } } fragment N on Member { name }", """{"data":{"me":{"id":"1"}}}""")]
    public async Task Constant_skip_and_include_are_applied(string query, string expected)
    {
        Json(expected, await ExecuteAsync(Schema, query));
    }

    [Theory]
    [InlineData(true, """{"data":{"me":{"id":"1"}}}""")]
    [InlineData(false, """{"data":{"me":{"id":"1","name":"Ada"}}}""")]
    public async Task Skip_with_a_variable_is_decided_per_request(bool skip, string expected)
    {
        var query = "query ($s: Boolean!) { me { id name @skip(if: $s) } }";
        Json(expected, await ExecuteAsync(Schema, query, new Dictionary<string, object?> { ["s"] = skip }));
    }

    [Fact]
    public async Task One_cached_plan_serves_requests_with_different_conditions()
    {
        var executor = new Community.GraphQL.Execution.RequestExecutor(Schema);
        const string query = "query ($i: Boolean!) { me { id ... @include(if: $i) { name } } }";
        var included = await executor.ExecuteAsync(Request(query, new Dictionary<string, object?> { ["i"] = true }));
        var excluded = await executor.ExecuteAsync(Request(query, new Dictionary<string, object?> { ["i"] = false }));
        Json("""{"data":{"me":{"id":"1","name":"Ada"}}}""", included);
        Json("""{"data":{"me":{"id":"1"}}}""", excluded);
        Assert.Equal(1, executor.Cache.Count);
    }

    [Fact]
    public async Task A_field_kept_by_one_path_is_included_even_when_another_path_skips_it()
    {
        var query = "query ($s: Boolean!) { me { name @skip(if: $s) ...N } } fragment N on Member { name }";
        Json("""{"data":{"me":{"name":"Ada"}}}""", await ExecuteAsync(Schema, query, new Dictionary<string, object?> { ["s"] = true }));
    }

    [Fact]
    public async Task Subfields_of_a_skipped_occurrence_are_left_out()
    {
        var query = "query ($s: Boolean!) { me @skip(if: $s) { name } me { id } }";
        Json("""{"data":{"me":{"id":"1"}}}""", await ExecuteAsync(Schema, query, new Dictionary<string, object?> { ["s"] = true }));
        Json("""{"data":{"me":{"name":"Ada","id":"1"}}}""", await ExecuteAsync(Schema, query, new Dictionary<string, object?> { ["s"] = false }));
    }

    [Fact]
    public async Task Typename_names_the_object_type()
    {
        Json("""{"data":{"__typename":"Query","me":{"__typename":"Member"}}}""", await ExecuteAsync(Schema, "{ __typename me { __typename } }"));
    }

    [Fact]
    public async Task A_fragment_on_a_type_that_does_not_apply_is_left_out()
    {
        var schema = new TestSchema()
            .Resolve("Query.node", _ => new Dictionary<string, object?> { ["__typename"] = "Member", ["id"] = "1" })
            .Build("interface Node { id: ID } type Member implements Node { id: ID } type Group implements Node { id: ID } type Query { node: Node }");
        Json("""{"data":{"node":{"id":"1"}}}""", await ExecuteAsync(schema, "{ node { ... on Group { group: id } ... on Member { id } } }"));
    }
}
