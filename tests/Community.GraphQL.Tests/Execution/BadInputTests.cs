using System.Text;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

/// <summary>Hostile or broken requests come back as results with coded errors; the executor never throws for them.</summary>
public sealed class BadInputTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.node", _ => new object())
        .Resolve("Node.child", _ => new object())
        .Build("type Node { child: Node id: Int } type Query { node: Node echo(n: Int): Int }");

    public static TheoryData<string, string?, string> Requests => new()
    {
        { "{ node { id ", null, ErrorCodes.SyntaxError },
        { "{ nmae }", null, ErrorCodes.ValidationFailed },
        { "query ($n: Int) { echo(n: $n) }", """{"n": "seven"}""", ErrorCodes.InvalidVariable },
        { "query ($n: Int) { echo(n: $n) }", """{"n": {"deep": [1, 2]}}""", ErrorCodes.InvalidVariable },
        { "query ($n: Int!) { echo(n: $n) }", null, ErrorCodes.InvalidVariable },
        { "\u0000\u0001\u0002", null, ErrorCodes.SyntaxError },
        { "", null, ErrorCodes.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_broken_request_is_a_result_with_a_coded_error(string query, string? variables, string code)
    {
        var result = await ExecuteAsync(Schema, query, variables);
        Assert.True(result.IsRequestError);
        Assert.NotNull(result.Errors);
        Assert.Equal(code, result.Errors![0].Code);
        Assert.False(string.IsNullOrEmpty(result.ToJson()));
    }

    [Fact]
    public async Task A_huge_document_is_refused()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("node { id } ", 20_000)) + "}";
        var result = await ExecuteAsync(Schema, query);
        Assert.True(result.IsRequestError);
        Assert.Equal(ErrorCodes.DocumentTooLarge, result.Errors![0].Code);
    }

    [Fact]
    public async Task Ten_thousand_levels_of_nesting_are_refused()
    {
        var builder = new StringBuilder("{ node ");
        for (var i = 0; i < 10_000; i++)
        {
            builder.Append("{ child ");
        }

        builder.Append(new string('}', 10_001));
        var result = await ExecuteAsync(Schema, builder.ToString(), options: new ExecutorOptions { ParserOptions = new Community.GraphQL.Language.ParserOptions { MaxTokens = 100_000 } });
        Assert.True(result.IsRequestError);
        Assert.NotNull(result.Errors![0].Code);
    }

    [Fact]
    public async Task Deeply_nested_list_literals_are_refused()
    {
        var query = "{ echo(n: " + new string('[', 10_000) + new string(']', 10_000) + ") }";
        var result = await ExecuteAsync(Schema, query, options: new ExecutorOptions { ParserOptions = new Community.GraphQL.Language.ParserOptions { MaxTokens = 100_000 } });
        Assert.True(result.IsRequestError);
        Assert.NotNull(result.Errors![0].Code);
    }

    [Fact]
    public async Task A_fragment_fan_out_is_refused_without_expanding_it()
    {
        var builder = new StringBuilder("{ node { ...F0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            builder.Append($"fragment F{i} on Node {{ child {{ ...F{i + 1} }} a{i}: child {{ ...F{i + 1} }} }}\n");
        }

        builder.Append("fragment F30 on Node { id }");
        var result = await ExecuteAsync(Schema, builder.ToString(), options: new ExecutorOptions { MaxExecutionDepth = 100 });
        Assert.True(result.IsRequestError);
        Assert.NotNull(result.Errors![0].Code);
    }

    [Fact]
    public async Task An_input_object_whose_CreateValue_throws_is_a_variable_error()
    {
        var schema = new TestSchema().Build("input Range { from: Int! to: Int! } type Query { count(range: Range): Int }");
        schema.GetType<InputObjectType>("Range")!.CreateValue = fields =>
            (int)fields["from"]! <= (int)fields["to"]! ? fields : throw new ArgumentException("\"from\" must not be after \"to\".");
        var result = await ExecuteAsync(schema, "query ($r: Range) { count(range: $r) }", """{"r": {"from": 5, "to": 1}}""");
        Assert.Equal("Variable \"$r\" has invalid value: \"from\" must not be after \"to\".", SingleError(result).Message);
    }

    [Fact]
    public async Task Variables_of_the_wrong_shape_never_throw()
    {
        var values = new object?[] { new object(), new List<object?> { new object() }, double.NaN, "x", long.MaxValue, new Dictionary<string, object?>() };
        foreach (var value in values)
        {
            var request = new GraphQLRequest { Query = "query ($n: Int) { echo(n: $n) }", Variables = new Dictionary<string, object?> { ["n"] = value } };
            var result = await new RequestExecutor(Schema).ExecuteAsync(request);
            Assert.Equal(ErrorCodes.InvalidVariable, result.Errors![0].Code);
        }
    }
}
