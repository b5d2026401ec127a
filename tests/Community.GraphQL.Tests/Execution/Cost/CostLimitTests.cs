using System.Text;
using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution.Cost;

/// <summary>Operations over the cost limits are refused before anything runs; the cost is reported when asked.</summary>
public sealed class CostLimitTests
{
    private const string NestedLists = "{ recent(first: 50) { comments(first: 50) { reactors(first: 50) { name } } } }";

    private static int _resolved;

    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.recent", _ =>
        {
            Interlocked.Increment(ref _resolved);
            return Array.Empty<object>();
        })
        .Resolve("Query.expensive", _ => "done")
        .Build(CostSchema.Sdl);

    [Fact]
    public async Task An_operation_over_the_field_cost_limit_is_refused_with_the_cost_and_the_limit()
    {
        var before = Volatile.Read(ref _resolved);
        var result = await ExecuteAsync(Schema, NestedLists);

        Json(
            """
            {"errors":[{"message":"The maximum allowed field cost was exceeded: the operation's field cost is 2,551, the limit is 1,000. Ask for smaller pages or fewer nested lists.",
              "extensions":{"code":"HC0047","fieldCost":2551,"maxFieldCost":1000}}]}
            """,
            result);
        Assert.True(result.IsRequestError);
        Assert.Equal(before, Volatile.Read(ref _resolved));
    }

    [Fact]
    public async Task An_operation_over_the_type_cost_limit_is_refused_with_the_cost_and_the_limit()
    {
        var result = await ExecuteAsync(Schema, NestedLists, options: new ExecutorOptions { MaxFieldCost = double.PositiveInfinity });
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.CostExceeded, error.Code);
        Assert.Equal(1 + 50 + (50 * 50) + (50 * 50 * 50), Convert.ToDouble(error.Extensions!["typeCost"]));
        Assert.Equal(1000, Convert.ToDouble(error.Extensions!["maxTypeCost"]));
        Assert.False(error.Extensions.ContainsKey("fieldCost"));
        Assert.Contains("type cost is 127,551, the limit is 1,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Field_cost_is_checked_before_type_cost()
    {
        var result = await ExecuteAsync(Schema, NestedLists, options: new ExecutorOptions { MaxFieldCost = 10, MaxTypeCost = 10 });
        Assert.True(SingleError(result).Extensions!.ContainsKey("maxFieldCost"));
    }

    [Fact]
    public async Task An_operation_within_the_limits_runs()
    {
        var result = await ExecuteAsync(Schema, "{ recent(first: 10) { id } expensive }");
        Json("""{"data":{"recent":[],"expensive":"done"}}""", result);
    }

    [Fact]
    public async Task Raised_limits_let_the_same_operation_run()
    {
        var options = new ExecutorOptions { MaxFieldCost = 3000, MaxTypeCost = 300_000 };
        var result = await ExecuteAsync(Schema, NestedLists, options: options);
        Json("""{"data":{"recent":[]}}""", result);
    }

    [Fact]
    public async Task Report_adds_the_cost_to_the_response_extensions()
    {
        var result = await ExecuteAsync(Schema, "{ expensive member { name } }", requestOptions: new RequestOptions { CostReporting = CostReporting.Report });
        Json("""{"data":{"expensive":"done","member":null},"extensions":{"operationCost":{"fieldCost":26,"typeCost":2}}}""", result);
    }

    [Fact]
    public async Task Report_adds_the_cost_to_a_refusal_too()
    {
        var result = await ExecuteAsync(Schema, NestedLists, requestOptions: new RequestOptions { CostReporting = CostReporting.Report });
        Assert.Equal(ErrorCodes.CostExceeded, SingleError(result).Code);
        var cost = Assert.IsType<Dictionary<string, object?>>(result.Extensions!["operationCost"]);
        Assert.Equal(2551, Convert.ToDouble(cost["fieldCost"]));
        Assert.Equal(127_551, Convert.ToDouble(cost["typeCost"]));
    }

    [Fact]
    public async Task Validate_reports_the_cost_without_executing_even_over_the_limits()
    {
        var before = Volatile.Read(ref _resolved);
        var result = await ExecuteAsync(Schema, NestedLists, requestOptions: new RequestOptions { CostReporting = CostReporting.Validate });
        Json("""{"extensions":{"operationCost":{"fieldCost":2551,"typeCost":127551}}}""", result);
        Assert.False(result.IsRequestError);
        Assert.Equal(before, Volatile.Read(ref _resolved));
    }

    [Fact]
    public async Task Without_a_request_for_it_the_cost_is_not_reported()
    {
        var result = await ExecuteAsync(Schema, "{ expensive }");
        Assert.Null(result.Extensions);
    }

    [Fact]
    public async Task A_cached_operation_without_variables_is_costed_the_same_each_time()
    {
        var executor = new RequestExecutor(Schema);
        var options = new RequestOptions { CostReporting = CostReporting.Validate };
        var first = (await executor.ExecuteAsync(Request("{ top { id } }"), options)).ToJson();
        var second = (await executor.ExecuteAsync(Request("{ top { id } }"), options)).ToJson();
        Assert.Equal(first, second);
        Assert.Contains("\"typeCost\":6", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_estimate_that_reads_no_variable_is_computed_once()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($text: String) { top { id } search(text: $text) { __typename } }";
        await executor.ExecuteAsync(Request(query, """{ "text": "a" }"""));
        await executor.ExecuteAsync(Request(query, """{ "text": "b" }"""));
        Assert.Equal(1, executor.CostAnalysis.Estimates);
    }

    [Fact]
    public async Task An_estimate_that_reads_a_variable_is_computed_for_each_request()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($n: Int, $skip: Boolean!) { recent(first: $n) { id } top @skip(if: $skip) { id } }";
        await executor.ExecuteAsync(Request(query, """{ "n": 1, "skip": false }"""));
        await executor.ExecuteAsync(Request(query, """{ "n": 2, "skip": true }"""));
        Assert.Equal(2, executor.CostAnalysis.Estimates);
    }

    [Fact]
    public async Task An_input_object_variable_is_costed_anew_for_each_request()
    {
        var executor = new RequestExecutor(Schema);
        var validate = new RequestOptions { CostReporting = CostReporting.Validate };
        const string query = "query ($w: PostFilter) { filtered(where: $w) { id } }";
        var flat = await executor.ExecuteAsync(Request(query, """{ "w": { "title": "a" } }"""), validate);
        var nested = await executor.ExecuteAsync(Request(query, """{ "w": { "and": [{ "and": [{ "title": "a" }] }] } }"""), validate);
        Assert.Contains("\"fieldCost\":2", flat.ToJson(), StringComparison.Ordinal);
        Assert.Contains("\"fieldCost\":4", nested.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Variables_change_the_cost_of_a_cached_operation()
    {
        var executor = new RequestExecutor(Schema);
        const string query = "query ($n: Int) { recent(first: $n) { comments(first: $n) { id } } }";
        var small = await executor.ExecuteAsync(Request(query, """{ "n": 10 }"""));
        var large = await executor.ExecuteAsync(Request(query, """{ "n": 50 }"""));
        Assert.Null(small.Errors);
        Assert.Equal(ErrorCodes.CostExceeded, SingleError(large).Code);
    }

    [Fact]
    public async Task A_subscription_over_the_limit_is_refused_before_it_subscribes()
    {
        var subscribed = false;
        var schema = new TestSchema()
            .Subscribe("Subscription.posts", _ =>
            {
                subscribed = true;
                return AsyncEnumerable.Empty<object?>();
            })
            .Build(CostSchema.Sdl + "\ntype Subscription { posts(first: Int!): [Post!]! @listSize(slicingArguments: [\"first\"]) }");

        var result = await ExecuteAsync(schema, "subscription { posts(first: 2000) { id } }");

        Assert.Equal(ErrorCodes.CostExceeded, SingleError(result).Code);
        Assert.Null(result.Stream);
        Assert.False(subscribed);
    }

    [Fact]
    public async Task A_deeply_nested_document_is_costed_without_exhausting_the_stack()
    {
        const int depth = 3000;
        var query = new StringBuilder("{ member { ");
        for (var i = 0; i < depth; i++)
        {
            query.Append("friends { ");
        }

        query.Append("id").Append(' ', 1).Append(new string('}', depth + 2));
        var options = new ExecutorOptions
        {
            MaxExecutionDepth = depth + 10,
            MaxFieldsPerOperation = depth + 10,
            ParserOptions = new ParserOptions { MaxDepth = (2 * depth) + 10, MaxTokens = 100_000, MaxLength = 1_000_000 },
        };

        var result = await ExecuteAsync(Schema, query.ToString(), options: options);

        // Two friends per level: 2^3000 overflows to infinity, reported as the largest number.
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.CostExceeded, error.Code);
        Assert.Equal(double.MaxValue, Convert.ToDouble(error.Extensions!["fieldCost"]));
        Assert.Contains("\"fieldCost\":1.7976931348623157E+308", result.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_abstract_fan_out_is_refused_instead_of_expanded()
    {
        // Five implementations at every level: costing every possible type would visit 5^12 selections.
        var sdl = new StringBuilder("interface Thing { next: Thing } type Query { thing: Thing }");
        for (var i = 0; i < 5; i++)
        {
            sdl.Append($" type T{i} implements Thing {{ next: Thing }}");
        }

        var schema = SchemaBuilder.BuildFromSdl(sdl.ToString());
        var query = "{ thing { " + string.Concat(Enumerable.Repeat("next { ", 12)) + "__typename" + new string('}', 13).Replace("}", " }") + " }";
        var result = await ExecuteAsync(schema, query, options: new ExecutorOptions { MaxExecutionDepth = 20 });
        Assert.Equal(ErrorCodes.DocumentTooLarge, SingleError(result).Code);
        Assert.True(result.IsRequestError);
    }
}
