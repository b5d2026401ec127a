using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueDirectivesPerLocationRuleTests
{
    private static readonly ValidationRule Rule = UniqueDirectivesPerLocationRule.Rule;

    [Fact]
    public void Distinct_directives_and_the_same_directive_on_different_nodes_are_valid()
        => ExpectValid(Rule, "{ dog @skip(if: true) @include(if: true) { name @skip(if: false) } cat @skip(if: true) { name } }");

    [Fact]
    public void Repeatable_and_unknown_directives_may_repeat()
        => ExpectValid(Rule, "{ dog @repeatable @repeatable { name @unknown @unknown } }");

    [Fact]
    public void Repeated_directives_are_reported_against_the_first()
        => ExpectErrors(Rule, "{ dog @skip(if: true) @skip(if: false) @skip(if: true) { name } }",
            (ValidationErrors.DuplicateDirective("skip"), [(1, 7), (1, 23)]),
            (ValidationErrors.DuplicateDirective("skip"), [(1, 7), (1, 40)]));

    [Fact]
    public void Repeats_on_operations_fragments_and_variables_are_reported()
        => ExpectErrors(Rule, """
            query Foo($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery { ...F @onFragmentSpread @onFragmentSpread }
            fragment F on QueryRoot @onFragmentDefinition @onFragmentDefinition { __typename }
            """,
            (ValidationErrors.DuplicateDirective("onQuery"), [(1, 64), (1, 73)]),
            (ValidationErrors.DuplicateDirective("onVariableDefinition"), [(1, 19), (1, 41)]),
            (ValidationErrors.DuplicateDirective("onFragmentSpread"), [(1, 89), (1, 107)]),
            (ValidationErrors.DuplicateDirective("onFragmentDefinition"), [(2, 25), (2, 47)]));
}
