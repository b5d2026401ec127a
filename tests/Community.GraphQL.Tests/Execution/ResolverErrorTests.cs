using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class ResolverErrorTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.boom", _ => throw new InvalidOperationException("secret connection string"))
        .ResolveAsync("Query.boomAsync", async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("async secret");
        })
        .Resolve("Query.denied", _ => throw new GraphQLException("Not allowed.", "AUTH_NOT_AUTHORIZED"))
        .Resolve("Query.items", _ => new[] { 1, 2, 3 })
        .Resolve("Item.value", ctx => (int)ctx.Parent! == 2 ? throw new GraphQLException("Bad item.", "BAD_ITEM") : ctx.Parent)
        .Resolve("Query.notAList", _ => "text")
        .Resolve("Query.badInt", _ => "abc")
        .Resolve("Query.badEnum", _ => "PURPLE")
        .Resolve("Query.color", _ => "RED")
        .Resolve("Query.reported", ctx =>
        {
            ctx.ReportError(GraphQLError.Coded("Partial.", "PARTIAL"));
            return "kept";
        })
        .Build("""
            enum Color { RED }
            type Item { value: Int }
            type Query {
              boom: String boomAsync: String denied: String items: [Item] notAList: [Int]
              badInt: Int badEnum: Color color: Color reported: String ok: String
            }
            """);

    [Fact]
    public async Task An_unexpected_exception_is_masked()
    {
        var result = await ExecuteAsync(Schema, "{ boom }");
        Json("""
            {"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["boom"],
              "extensions":{"code":"UNEXPECTED_EXECUTION_ERROR"}}],"data":{"boom":null}}
            """, result);
        Assert.IsType<InvalidOperationException>(result.Errors![0].Exception);
        Assert.DoesNotContain("secret", result.ToJson());
    }

    [Fact]
    public async Task An_unexpected_exception_shows_its_details_when_asked()
    {
        var result = await ExecuteAsync(Schema, "{ boom boomAsync }", options: new ExecutorOptions { IncludeExceptionDetails = true });
        var json = result.ToJson();
        Assert.Contains("secret connection string", json);
        Assert.Contains("async secret", json);
        Assert.Contains("stackTrace", json);
        Assert.Equal("Unexpected Execution Error", result.Errors![0].Message);
    }

    [Fact]
    public async Task A_GraphQLException_is_reported_as_it_is_with_path_and_location()
    {
        Json("""
            {"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["denied"],
              "extensions":{"code":"AUTH_NOT_AUTHORIZED"}}],"data":{"denied":null}}
            """, await ExecuteAsync(Schema, "{ denied }"));
    }

    [Fact]
    public async Task An_error_of_a_field_selected_twice_carries_both_locations()
    {
        var error = SingleError(await ExecuteAsync(Schema, "{ denied\n denied }"));
        Assert.Equal([new SourceLocation(1, 3), new SourceLocation(2, 2)], error.Locations!);
    }

    [Fact]
    public async Task An_error_in_a_list_item_carries_the_index()
    {
        var result = await ExecuteAsync(Schema, "{ items { value } }");
        Json("""{"data":{"items":[{"value":1},{"value":null},{"value":3}]}}""", new ExecutionResult { Data = result.Data });
        Assert.Equal(["items", 1, "value"], SingleError(result).Path!);
    }

    [Fact]
    public async Task A_non_list_for_a_list_field_is_a_field_error()
    {
        var error = SingleError(await ExecuteAsync(Schema, "{ notAList }"));
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.notAList\".", error.Message);
    }

    [Fact]
    public async Task A_value_the_scalar_cannot_serialize_is_a_field_error()
    {
        var error = SingleError(await ExecuteAsync(Schema, "{ badInt }"));
        Assert.Equal("Int cannot represent non-integer value: \"abc\"", error.Message);
        Assert.Equal(ErrorCodes.InvalidResultValue, error.Code);
    }

    [Fact]
    public async Task Enums_serialize_by_internal_value_and_refuse_unknown_ones()
    {
        var result = await ExecuteAsync(Schema, "{ color badEnum }");
        Json("""{"data":{"color":"RED","badEnum":null}}""", new ExecutionResult { Data = result.Data });
        Assert.Equal("Enum \"Color\" cannot represent value: \"PURPLE\"", SingleError(result).Message);
    }

    [Fact]
    public async Task A_reported_error_keeps_the_fields_value()
    {
        var result = await ExecuteAsync(Schema, "{ reported }");
        Json("""
            {"errors":[{"message":"Partial.","locations":[{"line":1,"column":3}],"path":["reported"],"extensions":{"code":"PARTIAL"}}],
             "data":{"reported":"kept"}}
            """, result);
    }

    [Fact]
    public async Task Errors_come_in_the_order_of_their_fields_in_the_response()
    {
        var result = await ExecuteAsync(Schema, "{ boomAsync denied boom items { value } }");
        Assert.Equal(["boomAsync", "denied", "boom", "items"], result.Errors!.Select(e => e.Path![0]));
    }
}
