using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class IntrospectionExecutionTests
{
    private static readonly Schema Schema = new TestSchema()
        .Build("type Member { id: ID! name: String } type Query { me: Member }");

    [Fact]
    public async Task Schema_and_type_meta_fields_run_on_the_query_type()
    {
        var result = await ExecuteAsync(Schema, """{ __schema { queryType { name } } __type(name: "Member") { name kind fields { name } } }""");
        Json("""
            {"data":{"__schema":{"queryType":{"name":"Query"}},
             "__type":{"name":"Member","kind":"OBJECT","fields":[{"name":"id"},{"name":"name"}]}}}
            """, result);
    }

    [Fact]
    public async Task The_full_introspection_query_runs_within_the_default_limits()
    {
        var result = await ExecuteAsync(Schema, IntrospectionQuery.Text);
        Assert.Null(result.Errors);
        Assert.Contains("\"__schema\"", result.ToJson());
    }
}
