using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Documentation;

/// <summary>The engine example of README.md runs as written.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task The_code_first_hello_example_answers_as_the_readme_says()
    {
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("hello", "String!", f => f
                .Argument("name", "String", defaultValue: "world")
                .Resolve(ctx => $"Hello, {ctx.Argument<string>("name")}!")))
            .Build();

        var executor = new RequestExecutor(schema);
        using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ hello }" });

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", result.ToJson());
    }
}
