using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>A Float of negative zero is written as <c>0</c>, as JSON.stringify writes it.</summary>
public sealed class NegativeZeroIsWrittenAsZeroTests
{
    [Fact]
    public async Task Negative_zero_float_is_written_as_zero()
    {
        var schema = SchemaBuilder.FromSdl("type Query { echo(value: Float): Float }").Resolve("Query.echo", ctx => ctx.Arguments["value"]).Build();
        using var result = await new RequestExecutor(schema).ExecuteAsync(new GraphQLRequest { Query = "{ echo(value: -0.0) }" });

        Assert.Equal("""{"data":{"echo":0}}""", result.ToJson());
    }
}
