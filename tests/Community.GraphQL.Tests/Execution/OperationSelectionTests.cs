using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class OperationSelectionTests
{
    private static readonly Community.GraphQL.Types.Schema Schema = new TestSchema()
        .Resolve("Query.a", _ => "A")
        .Resolve("Query.b", _ => "B")
        .Resolve("Mutation.m", _ => "M")
        .Build("type Query { a: String b: String } type Mutation { m: String }");

    [Fact]
    public async Task Runs_the_only_operation_without_a_name()
    {
        Json("""{"data":{"a":"A"}}""", await ExecuteAsync(Schema, "{ a }"));
    }

    [Fact]
    public async Task Descriptions_on_operations_fragments_and_variables_do_not_change_the_result()
    {
        Json("""{"data":{"b":"B","a":"A"}}""", await ExecuteAsync(Schema, """"
            "Reads both fields." query Both("Whether to read b." $withB: Boolean = true) { b @include(if: $withB) ...A }
            """The first field.""" fragment A on Query { a }
            """", operationName: "Both"));
    }

    [Fact]
    public async Task Runs_the_named_operation()
    {
        Json("""{"data":{"b":"B"}}""", await ExecuteAsync(Schema, "query First { a } query Second { b }", operationName: "Second"));
    }

    [Fact]
    public async Task Several_operations_without_a_name_are_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "query First { a } query Second { b }");
        var error = SingleError(result);
        Assert.Equal("Must provide operation name if query contains multiple operations.", error.Message);
        Assert.Equal(ErrorCodes.OperationNotFound, error.Code);
        Assert.True(result.IsRequestError);
        Assert.False(result.HasData);
        Assert.DoesNotContain("\"data\"", result.ToJson());
    }

    [Fact]
    public async Task An_unknown_operation_name_is_a_request_error()
    {
        var error = SingleError(await ExecuteAsync(Schema, "query First { a }", operationName: "x"));
        Assert.Equal("Unknown operation named \"x\".", error.Message);
        Assert.Equal(ErrorCodes.OperationNotFound, error.Code);
    }

    [Fact]
    public void A_document_without_operations_has_none_to_select()
    {
        var document = new Community.GraphQL.Execution.Caching.PreparedDocument(Parser.Parse("fragment F on Query { a }"), null);
        Assert.Null(document.SelectOperation(null, out var error));
        Assert.Equal("Must provide an operation.", error!.Message);
        Assert.Equal(ErrorCodes.OperationNotFound, error.Code);
    }

    [Fact]
    public async Task An_operation_type_the_transport_does_not_allow_is_refused()
    {
        var result = await ExecuteAsync(
            Schema,
            "mutation { m }",
            requestOptions: new RequestOptions { AllowedOperations = [OperationType.Query] });
        Assert.True(result.IsOperationNotAllowed);
        Assert.False(result.HasData);
        Assert.NotNull(result.Errors);
    }

    [Fact]
    public async Task A_mutation_runs_when_the_schema_has_a_mutation_type()
    {
        Json("""{"data":{"m":"M"}}""", await ExecuteAsync(Schema, "mutation { m }"));
    }

    [Fact]
    public async Task A_subscription_without_a_subscription_type_is_a_request_error()
    {
        var result = await ExecuteAsync(Schema, "subscription { a }");
        Assert.True(result.IsRequestError);
        Assert.Equal("The subscription operation is not supported by the schema.", SingleError(result).Message);
        Assert.Equal(ErrorCodes.ValidationFailed, SingleError(result).Code);
    }

    [Fact]
    public async Task A_missing_query_is_a_bad_request()
    {
        var result = await new RequestExecutor(Schema).ExecuteAsync(new GraphQLRequest());
        Assert.Equal(ErrorCodes.BadRequest, SingleError(result).Code);
    }
}
