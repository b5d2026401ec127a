using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class CancellationTests
{
    private static readonly Schema Schema = new TestSchema()
        .ResolveAsync("Query.slow", async ctx =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), ctx.CancellationToken);
            return "late";
        })
        .Resolve("Query.fast", _ => "fast")
        .Build("type Query { slow: String fast: String }");

    [Fact]
    public async Task A_request_past_the_timeout_returns_a_timeout_error_and_no_partial_data()
    {
        var started = DateTime.UtcNow;
        var result = await ExecuteAsync(Schema, "{ fast slow }", options: new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        Assert.Equal(ErrorCodes.Timeout, SingleError(result).Code);
        Assert.Null(result.Data);
        Assert.Contains("\"data\":null", result.ToJson());
    }

    [Fact]
    public async Task An_endless_synchronous_list_is_stopped_by_the_timeout()
    {
        static IEnumerable<int> Forever()
        {
            for (var i = 0; ; i++)
            {
                yield return i;
            }
        }

        var schema = new TestSchema().Resolve("Query.numbers", _ => Forever()).Build("type Query { numbers: [Int] }");
        var result = await ExecuteAsync(schema, "{ numbers }", options: new ExecutorOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(50) });
        Assert.Equal(ErrorCodes.Timeout, SingleError(result).Code);
    }

    [Fact]
    public async Task The_callers_own_cancellation_is_thrown_as_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var executor = new RequestExecutor(Schema);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => executor.ExecuteAsync(Request("{ slow }"), new RequestOptions { CancellationToken = cancellation.Token }));
    }

    [Fact]
    public async Task An_already_cancelled_request_does_not_start()
    {
        var executor = new RequestExecutor(Schema);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => executor.ExecuteAsync(Request("{ fast }"), new RequestOptions { CancellationToken = new CancellationToken(true) }));
    }

    [Fact]
    public async Task Resolvers_see_the_requests_token()
    {
        CancellationToken seen = default;
        var schema = new TestSchema()
            .Resolve("Query.fast", ctx =>
            {
                seen = ctx.CancellationToken;
                return "fast";
            })
            .Build("type Query { fast: String }");
        await ExecuteAsync(schema, "{ fast }");
        Assert.True(seen.CanBeCanceled);
    }
}
