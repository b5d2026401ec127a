using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class NullPropagationTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.nullableA", _ => new object())
        .Resolve("Query.nonNullA", _ => new object())
        .Resolve("A.nullableB", _ => new object())
        .Resolve("A.nonNullB", _ => new object())
        .Resolve("B.nullableString", _ => null)
        .Resolve("B.nonNullString", _ => null)
        .Resolve("B.ok", _ => "ok")
        .Resolve("Query.list", _ => new object?[] { "a", null, "c" })
        .Resolve("Query.nonNullItems", _ => new object?[] { "a", null, "c" })
        .Resolve("Query.objects", _ => new object?[] { 1, 2, 3 })
        .Resolve("Item.id", ctx => ctx.Parent)
        .Resolve("Item.name", ctx => (int)ctx.Parent! == 2 ? null : "n" + ctx.Parent)
        .Build("""
            type B { nullableString: String nonNullString: String! ok: String }
            type A { nullableB: B nonNullB: B! }
            type Item { id: Int! name: String! }
            type Query {
              nullableA: A
              nonNullA: A!
              list: [String]
              nonNullItems: [String!]
              objects: [Item!]
              nullableObjects: [Item]
            }
            """);

    [Fact]
    public async Task A_null_in_a_nullable_field_is_just_null()
    {
        Json("""{"data":{"nullableA":{"nullableB":{"nullableString":null,"ok":"ok"}}}}""",
            await ExecuteAsync(Schema, "{ nullableA { nullableB { nullableString ok } } }"));
    }

    [Fact]
    public async Task A_null_in_a_non_null_field_nulls_the_nearest_nullable_parent()
    {
        var result = await ExecuteAsync(Schema, "{ nullableA { nullableB { nonNullString ok } } }");
        Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field B.nonNullString.","locations":[{"line":1,"column":27}],
              "path":["nullableA","nullableB","nonNullString"],"extensions":{"code":"NON_NULL_VIOLATION"}}],
             "data":{"nullableA":{"nullableB":null}}}
            """, result);
    }

    [Fact]
    public async Task A_chain_of_non_null_fields_passes_the_null_up_to_the_first_nullable_one()
    {
        var result = await ExecuteAsync(Schema, "{ nullableA { nonNullB { nonNullString } } }");
        Json("""{"data":{"nullableA":null}}""", new Community.GraphQL.Execution.ExecutionResult { Data = result.Data });
        Assert.Equal(["nullableA", "nonNullB", "nonNullString"], SingleError(result).Path!);
    }

    [Fact]
    public async Task A_chain_of_non_null_fields_to_the_root_nulls_data()
    {
        var result = await ExecuteAsync(Schema, "{ nonNullA { nonNullB { nonNullString } } }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Contains("\"data\":null", result.ToJson());
        Assert.Single(result.Errors!);
    }

    [Fact]
    public async Task A_null_item_in_a_nullable_list_stays_null()
    {
        Json("""{"data":{"list":["a",null,"c"]}}""", await ExecuteAsync(Schema, "{ list }"));
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_nulls_the_list_with_the_index_in_the_path()
    {
        var result = await ExecuteAsync(Schema, "{ nonNullItems }");
        Json("""
            {"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullItems.","locations":[{"line":1,"column":3}],
              "path":["nonNullItems",1],"extensions":{"code":"NON_NULL_VIOLATION"}}],
             "data":{"nonNullItems":null}}
            """, result);
    }

    [Fact]
    public async Task An_error_inside_a_list_item_nulls_that_item_or_the_list()
    {
        var result = await ExecuteAsync(Schema, "{ objects { id name } }");
        Json("""{"data":{"objects":null}}""", new Community.GraphQL.Execution.ExecutionResult { Data = result.Data });
        Assert.Equal(["objects", 1, "name"], SingleError(result).Path!);
    }

    [Fact]
    public async Task Sibling_fields_keep_their_values_when_one_field_fails()
    {
        var result = await ExecuteAsync(Schema, "{ list nullableA { nullableB { nonNullString } } nonNullItems }");
        Json("""{"data":{"list":["a",null,"c"],"nullableA":{"nullableB":null},"nonNullItems":null}}""", new Community.GraphQL.Execution.ExecutionResult { Data = result.Data });
        Assert.Equal(2, result.Errors!.Count);
        Assert.Equal("nullableA", result.Errors[0].Path![0]);
        Assert.Equal("nonNullItems", result.Errors[1].Path![0]);
    }
}
