using System.Text;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class ExecutionLimitTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.node", _ => new object())
        .Resolve("Node.child", _ => new object())
        .Resolve("Node.name", _ => "n")
        .Build("type Node { child: Node name: String } type Query { node: Node name: String }");

    private static string Nested(int depth)
    {
        // node { child { child { ... name } } }: depth counts node, each child and name.
        var builder = new StringBuilder("{ node { ");
        for (var i = 2; i < depth; i++)
        {
            builder.Append("child { ");
        }

        builder.Append("name");
        builder.Append(new string('}', depth - 1).Replace("}", " }"));
        return builder.Append(" }").ToString();
    }

    [Fact]
    public async Task An_operation_at_the_depth_limit_runs()
    {
        var result = await ExecuteAsync(Schema, Nested(15));
        Assert.Null(result.Errors);
    }

    [Fact]
    public async Task An_operation_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var resolved = false;
        var schema = new TestSchema()
            .Resolve("Query.node", _ =>
            {
                resolved = true;
                return new object();
            })
            .Build("type Node { child: Node name: String } type Query { node: Node }");
        var result = await ExecuteAsync(schema, Nested(16));
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
        Assert.True(result.IsRequestError);
        Assert.False(resolved);
    }

    [Fact]
    public async Task Depth_counts_through_fragments()
    {
        var query = "{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { name } }";
        var error = SingleError(await ExecuteAsync(Schema, query, options: new ExecutorOptions { MaxExecutionDepth = 3 }));
        Assert.Equal(ErrorCodes.MaxDepthExceeded, error.Code);
    }

    [Fact]
    public async Task More_fields_and_aliases_than_allowed_are_refused()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 1001).Select(i => $"a{i}: name")) + " }";
        var error = SingleError(await ExecuteAsync(Schema, query));
        Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public async Task Fields_count_once_per_fragment_expansion()
    {
        var fragment = "fragment F on Node { " + string.Join(" ", Enumerable.Range(0, 30).Select(i => $"a{i}: name")) + " }";
        var query = "{ node { " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"c{i}: child {{ ...F }}")) + " } } " + fragment;
        var error = SingleError(await ExecuteAsync(Schema, query));
        Assert.Equal(ErrorCodes.DocumentTooLarge, error.Code);
    }

    [Fact]
    public async Task Introspection_is_refused_when_disabled()
    {
        var options = new ExecutorOptions { AllowIntrospection = false };
        var error = SingleError(await ExecuteAsync(Schema, "{ __schema { queryType { name } } }", options: options));
        Assert.Equal(ErrorCodes.IntrospectionDisabled, error.Code);
        var typeError = SingleError(await ExecuteAsync(Schema, "{ ...F } fragment F on Query { __type(name: \"Node\") { name } }", options: options));
        Assert.Equal(ErrorCodes.IntrospectionDisabled, typeError.Code);
    }

    [Fact]
    public async Task Typename_stays_available_when_introspection_is_disabled()
    {
        var result = await ExecuteAsync(Schema, "{ __typename }", options: new ExecutorOptions { AllowIntrospection = false });
        Json("""{"data":{"__typename":"Query"}}""", result);
    }
}
