using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class KnownFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = KnownFragmentNamesRule.Rule;

    [Fact]
    public void Spreads_of_defined_fragments_are_valid()
        => ExpectValid(Rule, """
            { human(id: 4) { ...HumanFields ... on Human { ...HumanFields } } }
            fragment HumanFields on Human { name }
            """);

    [Fact]
    public void Spreads_of_undefined_fragments_are_reported_at_their_names()
        => ExpectErrors(Rule, """
            { human(id: 4) { ...UnknownA ... on Human { ...UnknownB } } }
            fragment Defined on Human { ...UnknownC }
            """,
            (ValidationErrors.UnknownFragment("UnknownA"), 1, 21),
            (ValidationErrors.UnknownFragment("UnknownB"), 1, 48),
            (ValidationErrors.UnknownFragment("UnknownC"), 2, 32));
}
