using Community.GraphQL.Execution;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution.Cost;

/// <summary><c>@listSize(requireOneSlicingArgument: true)</c>: exactly one slicing argument must be given (code <c>HC0082</c>).</summary>
public sealed class SlicingArgumentTests
{
    [Theory]
    [InlineData("{ recent { id } }", 0)]
    [InlineData("{ recent(first: 1, last: 1) { id } }", 2)]
    public async Task None_or_several_slicing_arguments_are_refused(string query, int given)
    {
        var result = await ExecuteAsync(CostSchema.Schema, query);
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.OneSlicingArgumentRequired, error.Code);
        Assert.Equal(
            $"Exactly one slicing argument must be defined: field \"Query.recent\" needs one of \"first\", \"last\", and {given} were given.",
            error.Message);
        Assert.Equal([new SourceLocation(1, 3)], error.Locations);
        Assert.Equal(["recent"], error.Path);
        Assert.True(result.IsRequestError);
    }

    [Fact]
    public async Task The_path_names_the_field_by_its_response_key()
    {
        var schema = Community.GraphQL.Types.SchemaBuilder.BuildFromSdl("""
            type Query { member: Member }
            type Member { posts(first: Int, last: Int): [Post!]! @listSize(slicingArguments: ["first", "last"]) }
            type Post { id: ID! }
            """);
        var error = SingleError(await ExecuteAsync(schema, "{ member { mine: posts { id } } }"));
        Assert.Equal(ErrorCodes.OneSlicingArgumentRequired, error.Code);
        Assert.Equal(["member", "mine"], error.Path);
    }

    [Fact]
    public async Task One_slicing_argument_is_enough()
    {
        var result = await ExecuteAsync(CostSchema.Schema, "{ recent(last: 3) { id } }", requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task A_slicing_argument_whose_variable_is_null_is_not_given()
    {
        const string query = "query ($first: Int, $last: Int) { recent(first: $first, last: $last) { id } }";
        var one = await ExecuteAsync(CostSchema.Schema, query, """{ "first": 5, "last": null }""", requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        var none = await ExecuteAsync(CostSchema.Schema, query, """{ "last": null }""");
        Assert.Null(one.Errors);
        Assert.Equal(ErrorCodes.OneSlicingArgumentRequired, SingleError(none).Code);
    }

    [Fact]
    public async Task Fields_that_do_not_require_one_accept_none_and_several()
    {
        var none = await ExecuteAsync(CostSchema.Schema, "{ posts { nodes { id } } }", requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        var both = await ExecuteAsync(CostSchema.Schema, "{ posts(first: 2, last: 3) { nodes { id } } }", requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        Assert.Null(none.Errors);
        Assert.Null(both.Errors);
    }

    [Fact]
    public async Task A_field_left_out_by_skip_is_not_checked()
    {
        var result = await ExecuteAsync(CostSchema.Schema, "{ recent @skip(if: true) { id } top { id } }", requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        Assert.Null(result.Errors);
    }
}
