using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class KnownTypeNamesRuleTests
{
    private static readonly ValidationRule Rule = KnownTypeNamesRule.Rule;

    [Fact]
    public void Known_type_names_are_valid()
        => ExpectValid(Rule, """
            query Foo($var: String, $required: [Int!]!, $introspectionType: __EnumValue) {
              user: human(id: 4) { pets { ... on Pet { name }, ...PetFields, ... { name } } }
            }
            fragment PetFields on Pet { name }
            """);

    [Fact]
    public void Unknown_type_names_are_reported_with_suggestions()
        => ExpectErrors(Rule, """
            query Foo($var: Strin, $required: [Int!]!, $other: [Bad!]) {
              human(id: 4) { name pets { ... on Badger { name }, ...PetFields } }
            }
            fragment PetFields on Peat { name }
            """,
            (ValidationErrors.UnknownType("Strin", ["String"]), 1, 17),
            (ValidationErrors.UnknownType("Bad", ["Cat", "ID"]), 1, 53),
            (ValidationErrors.UnknownType("Badger", []), 2, 37),
            (ValidationErrors.UnknownType("Peat", ["Pet", "Cat"]), 4, 23));

    [Fact]
    public void Suggestions_read_as_graphql_js_writes_them()
        => Assert.Equal("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", ValidationErrors.UnknownType("Peat", ["Pet", "Cat"]));
}
