using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = UniqueArgumentNamesRule.Rule;

    [Fact]
    public void Distinct_arguments_and_the_same_argument_on_different_nodes_are_valid()
        => ExpectValid(Rule, "{ one: field(arg: 1) two: field(arg: 2) @directive(arg: 1) other(a: 1, b: 2) }");

    [Fact]
    public void Repeated_field_arguments_are_reported_at_every_name()
        => ExpectErrors(Rule, "{ field(arg1: \"a\", arg1: \"b\", arg1: \"c\") }",
            (ValidationErrors.DuplicateArgument("arg1"), [(1, 9), (1, 20), (1, 31)]));

    [Fact]
    public void Repeated_directive_arguments_are_reported()
        => ExpectErrors(Rule, "{ field @directive(arg1: \"a\", arg1: \"b\") }",
            (ValidationErrors.DuplicateArgument("arg1"), [(1, 20), (1, 31)]));
}
