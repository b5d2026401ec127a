using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.Regressions;

/// <summary>
/// Repeated directives on an operation are reported before repeated directives on its variables,
/// as graphql-js checks an operation's directives on entering it.
/// </summary>
public sealed class OperationDirectivesAreCheckedBeforeVariablesTests
{
    [Fact]
    public void Operation_repeat_is_reported_first()
    {
        var schema = SchemaBuilder.BuildFromSdl("""
            directive @op on QUERY
            directive @var on VARIABLE_DEFINITION
            type Query { a(v: Int): Int }
            """);
        var errors = DocumentValidator.Validate(schema, Parser.Parse("query ($v: Int @var @var) @op @op { a(v: $v) }"));

        Assert.Equal(
            ["The directive \"@op\" can only be used once at this location.", "The directive \"@var\" can only be used once at this location."],
            errors.Select(e => e.Message));
    }
}
