using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class NoUnusedVariablesRuleTests
{
    private static readonly ValidationRule Rule = NoUnusedVariablesRule.Rule;

    [Fact]
    public void Variables_used_directly_in_fragments_or_in_cycles_are_valid()
        => ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) { ...FragA }
            }
            fragment FragA on Type { field(b: $b) @include(if: $c) { ...FragB } }
            fragment FragB on Type { field { ...FragA } }
            """);

    [Fact]
    public void Unused_variables_are_reported_at_their_definitions()
        => ExpectErrors(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) { ...FragA }
            }
            fragment FragA on Type { field }
            """,
            (ValidationErrors.UnusedVariable("b", "Foo"), 1, 23),
            (ValidationErrors.UnusedVariable("c", "Foo"), 1, 35));

    [Fact]
    public void A_variable_used_only_in_another_operation_is_unused()
        => ExpectErrors(Rule, """
            query Foo($a: String) { ...FragA }
            query Bar($b: String) { field }
            fragment FragA on Type { field(a: $a, b: $b) }
            """,
            (ValidationErrors.UnusedVariable("b", "Bar"), 2, 11));

}
