using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class KnownDirectivesRuleTests
{
    private static readonly ValidationRule Rule = KnownDirectivesRule.Rule;

    [Fact]
    public void Known_directives_in_their_locations_are_valid()
        => ExpectValid(Rule, """
            query Foo($var: Boolean @onVariableDefinition) @onQuery {
              dog @include(if: $var) { name @onField @skip(if: true) }
              ...Frag @onFragmentSpread
              ... @onInlineFragment { dog { name } }
            }
            mutation Bar @onMutation { renameDog(name: "x") { name } }
            subscription Baz @onSubscription { newMessage { body } }
            fragment Frag on QueryRoot @onFragmentDefinition { dog { name } }
            """);

    [Fact]
    public void Unknown_directives_are_reported()
        => ExpectErrors(Rule, "{ dog @unknown(directive: \"value\") { name @unknown } }",
            (ValidationErrors.UnknownDirective("unknown"), 1, 7),
            (ValidationErrors.UnknownDirective("unknown"), 1, 43));

    [Fact]
    public void Directives_in_wrong_locations_are_reported_with_the_location()
        => ExpectErrors(Rule, """
            query Foo($var: Boolean @onField) @onMutation {
              dog @onQuery { name }
              ... @onFragmentSpread { dog { name } }
            }
            mutation Bar @onQuery { renameDog(name: "x") { name } }
            fragment Frag on QueryRoot @onInlineFragment { dog { name } }
            subscription Baz @onQuery { newMessage { body } }
            """,
            (ValidationErrors.MisplacedDirective("onField", "VARIABLE_DEFINITION"), 1, 25),
            (ValidationErrors.MisplacedDirective("onMutation", "QUERY"), 1, 35),
            (ValidationErrors.MisplacedDirective("onQuery", "FIELD"), 2, 7),
            (ValidationErrors.MisplacedDirective("onFragmentSpread", "INLINE_FRAGMENT"), 3, 7),
            (ValidationErrors.MisplacedDirective("onQuery", "MUTATION"), 5, 14),
            (ValidationErrors.MisplacedDirective("onInlineFragment", "FRAGMENT_DEFINITION"), 6, 28),
            (ValidationErrors.MisplacedDirective("onQuery", "SUBSCRIPTION"), 7, 18));

    [Fact]
    public void A_misplaced_directive_points_to_the_locations_section()
    {
        var error = Assert.Single(Validate(Rule, "{ dog @onQuery { name } }"));
        Assert.Equal("https://spec.graphql.org/September2025/#sec-Directives-Are-in-Valid-Locations", error.Extensions!["specifiedBy"]);
    }
}
