using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class NoFragmentCyclesRuleTests
{
    private static readonly ValidationRule Rule = NoFragmentCyclesRule.Rule;

    [Fact]
    public void Fragments_spread_several_times_without_cycle_are_valid()
        => ExpectValid(Rule, """
            fragment A on Dog { ...B ...B ... on Dog { ...C } }
            fragment B on Dog { ...C }
            fragment C on Dog { name }
            """);

    [Fact]
    public void Unknown_fragments_are_ignored()
        => ExpectValid(Rule, "fragment A on Dog { ...Missing }");

    [Fact]
    public void A_fragment_spreading_itself_is_reported()
        => ExpectErrors(Rule, "fragment A on Dog { ...A }",
            (ValidationErrors.FragmentCycle("A", []), 1, 21));

    [Fact]
    public void A_fragment_spreading_itself_deep_inside_is_reported()
        => ExpectErrors(Rule, "fragment A on Dog { mother { ... on Dog { ...A } } }",
            (ValidationErrors.FragmentCycle("A", []), 1, 43));

    [Fact]
    public void A_cycle_through_other_fragments_names_them_in_order()
        => ExpectErrors(Rule, """
            fragment A on Dog { ...B }
            fragment B on Dog { ...C }
            fragment C on Dog { ...A }
            """,
            (ValidationErrors.FragmentCycle("A", ["B", "C"]), [(1, 21), (2, 21), (3, 21)]));

    [Fact]
    public void The_message_reads_as_graphql_js_writes_it()
        => Assert.Equal("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", ValidationErrors.FragmentCycle("A", ["B", "C"]));

    [Fact]
    public void Each_cycle_is_reported_once_where_it_closes()
        => ExpectErrors(Rule, """
            fragment A on Dog { ...B ...C }
            fragment B on Dog { ...A }
            fragment C on Dog { ...A }
            """,
            (ValidationErrors.FragmentCycle("A", ["B"]), [(1, 21), (2, 21)]),
            (ValidationErrors.FragmentCycle("A", ["C"]), [(1, 26), (3, 21)]));

    [Fact]
    public void A_long_chain_closing_on_itself_is_walked_without_recursion()
    {
        const int length = 5_000;
        var fragments = Enumerable.Range(0, length)
            .Select(i => $"fragment F{i} on Dog {{ ...F{(i + 1) % length} }}");
        var errors = Validate(Rule, string.Join("\n", fragments));
        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\"", error.Message);
        Assert.Equal(length, error.Locations!.Count);
    }
}
