using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueVariableNamesRuleTests
{
    private static readonly ValidationRule Rule = UniqueVariableNamesRule.Rule;

    [Fact]
    public void Distinct_variables_are_valid_even_across_operations()
        => ExpectValid(Rule, "query A($x: Int, $y: String) { __typename } query B($x: Int) { __typename }");

    [Fact]
    public void Repeated_variables_are_reported_once_per_name_at_every_definition()
        => ExpectErrors(Rule, "query A($x: Int, $x: Boolean, $x: String, $y: Int, $y: Int) { __typename }",
            (ValidationErrors.DuplicateVariable("x"), [(1, 10), (1, 19), (1, 32)]),
            (ValidationErrors.DuplicateVariable("y"), [(1, 44), (1, 53)]));
}
