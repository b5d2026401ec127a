using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class NoUnusedFragmentsRuleTests
{
    private static readonly ValidationRule Rule = NoUnusedFragmentsRule.Rule;

    [Fact]
    public void Fragments_used_directly_or_through_others_are_valid()
        => ExpectValid(Rule, """
            { human(id: 4) { ...A } }
            query Other { human(id: 4) { ...C } }
            fragment A on Human { name ...B }
            fragment B on Human { pets { name } }
            fragment C on Human { name }
            """);

    [Fact]
    public void Fragments_no_operation_reaches_are_reported()
        => ExpectErrors(Rule, """
            { human(id: 4) { ...A } }
            fragment A on Human { name }
            fragment Unused1 on Human { ...Unused2 }
            fragment Unused2 on Human { name }
            """,
            (ValidationErrors.UnusedFragment("Unused1"), 3, 1),
            (ValidationErrors.UnusedFragment("Unused2"), 4, 1));

    [Fact]
    public void Fragments_that_only_reach_each_other_in_a_cycle_are_reported()
        => ExpectErrors(Rule, """
            { human(id: 4) { name } }
            fragment A on Human { ...B }
            fragment B on Human { ...A }
            """,
            (ValidationErrors.UnusedFragment("A"), 2, 1),
            (ValidationErrors.UnusedFragment("B"), 3, 1));
}
