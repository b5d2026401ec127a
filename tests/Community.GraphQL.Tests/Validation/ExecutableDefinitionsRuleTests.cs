using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class ExecutableDefinitionsRuleTests
{
    private static readonly ValidationRule Rule = ExecutableDefinitionsRule.Rule;

    [Fact]
    public void Operations_and_fragments_are_executable()
        => ExpectValid(Rule, """
            query Foo { dog { ...Named } }
            fragment Named on Dog { name }
            """);

    [Fact]
    public void Type_definitions_are_reported_by_name()
        => ExpectErrors(Rule, """
            query Foo { dog { name } }
            type Cow { name: String }
            extend type Dog { color: String }
            """,
            (ValidationErrors.NonExecutableDefinition("Cow"), 2, 1),
            (ValidationErrors.NonExecutableDefinition("Dog"), 3, 1));

    [Fact]
    public void Schema_definitions_and_extensions_are_reported_as_schema()
        => ExpectErrors(Rule, """
            schema { query: Query }
            extend schema @directive
            directive @custom on FIELD
            """,
            ("The schema definition is not executable.", 1, 1),
            ("The schema definition is not executable.", 2, 1),
            ("The \"custom\" definition is not executable.", 3, 1));
}
