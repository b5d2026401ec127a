using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueFragmentNamesRuleTests
{
    private static readonly ValidationRule Rule = UniqueFragmentNamesRule.Rule;

    [Fact]
    public void Distinct_fragment_names_are_valid()
        => ExpectValid(Rule, """
            { dog { ...A ...B } }
            fragment A on Dog { name }
            fragment B on Dog { barks }
            """);

    [Fact]
    public void Inline_fragments_are_always_unique()
        => ExpectValid(Rule, "{ dog { ... on Dog { name } ... on Dog { barks } } }");

    [Fact]
    public void Two_fragments_of_the_same_name_are_reported_at_both_names()
        => ExpectErrors(Rule, """
            { dog { ...A } }
            fragment A on Dog { name }
            fragment A on Dog { barks }
            """,
            (ValidationErrors.DuplicateFragmentName("A"), [(2, 10), (3, 10)]));
}
