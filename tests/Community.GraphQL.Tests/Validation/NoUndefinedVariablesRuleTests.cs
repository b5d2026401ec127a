using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class NoUndefinedVariablesRuleTests
{
    private static readonly ValidationRule Rule = NoUndefinedVariablesRule.Rule;

    [Fact]
    public void Variables_defined_by_the_operation_are_valid_in_fragments_too()
        => ExpectValid(Rule, """
            query Foo($a: String, $b: String, $c: String) {
              field(a: $a) { ...FragA }
            }
            fragment FragA on Type { field(b: $b) { ...FragB } }
            fragment FragB on Type { field(c: $c) { ...FragA } }
            """);

    [Fact]
    public void Undefined_variables_are_reported_at_the_use_and_the_operation()
        => ExpectErrors(Rule, """
            query Foo($a: String) {
              field(a: $a, b: $b) { ...FragC }
            }
            fragment FragC on Type { field(c: $c) }
            """,
            (ValidationErrors.UndefinedVariable("b", "Foo"), [(2, 19), (1, 1)]),
            (ValidationErrors.UndefinedVariable("c", "Foo"), [(4, 35), (1, 1)]));

    [Fact]
    public void An_anonymous_operation_is_not_named_in_the_message()
        => ExpectErrors(Rule, "{ field(a: $a) }",
            (ValidationErrors.UndefinedVariable("a", null), [(1, 12), (1, 1)]));

    [Fact]
    public void A_fragment_used_by_two_operations_is_checked_against_each()
        => ExpectErrors(Rule, """
            query Foo($a: String) { ...FragA }
            query Bar { ...FragA }
            fragment FragA on Type { field(a: $a) }
            """,
            (ValidationErrors.UndefinedVariable("a", "Bar"), [(3, 35), (2, 1)]));

    [Fact]
    public void Variables_in_directive_arguments_count()
        => ExpectErrors(Rule, "query Foo { dog @include(if: $cond) { name } }",
            (ValidationErrors.UndefinedVariable("cond", "Foo"), [(1, 30), (1, 1)]));
}
