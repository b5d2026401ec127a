using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class PossibleFragmentSpreadsRuleTests
{
    private static readonly ValidationRule Rule = PossibleFragmentSpreadsRule.Rule;

    [Fact]
    public void Spreads_whose_types_overlap_are_valid()
        => ExpectValid(Rule, """
            fragment ObjectWithinObject on Dog { ...DogFragment }
            fragment ObjectWithinInterface on Pet { ...DogFragment }
            fragment ObjectWithinUnion on CatOrDog { ...DogFragment }
            fragment InterfaceWithinObject on Dog { ...PetFragment }
            fragment InterfaceWithinInterface on Pet { ...BeingFragment }
            fragment UnionWithinInterface on Pet { ...CatOrDogFragment }
            fragment InlineWithinObject on Dog { ... on Dog { barks } ... on Pet { name } }
            fragment UnknownType on Pet { ...Unknown ... on Unknown { name } }
            fragment DogFragment on Dog { barks }
            fragment PetFragment on Pet { name }
            fragment BeingFragment on Being { name }
            fragment CatOrDogFragment on CatOrDog { __typename }
            """);

    [Fact]
    public void Named_spreads_that_can_never_apply_are_reported()
        => ExpectErrors(Rule, """
            fragment InvalidObjectWithinObject on Cat { ...DogFragment }
            fragment InvalidUnionWithinObject on Human { ...CatOrDogFragment }
            fragment InvalidInterfaceWithinUnion on HumanOrAlien { ...PetFragment }
            fragment DogFragment on Dog { barks }
            fragment CatOrDogFragment on CatOrDog { __typename }
            fragment PetFragment on Pet { name }
            """,
            (ValidationErrors.ImpossibleFragmentSpread("DogFragment", "Cat", "Dog"), 1, 45),
            (ValidationErrors.ImpossibleFragmentSpread("CatOrDogFragment", "Human", "CatOrDog"), 2, 46),
            (ValidationErrors.ImpossibleFragmentSpread("PetFragment", "HumanOrAlien", "Pet"), 3, 56));

    [Fact]
    public void Inline_fragments_that_can_never_apply_are_reported()
        => ExpectErrors(Rule, """
            fragment InvalidInline on Cat { ... on Dog { barks } }
            fragment InvalidUnionInline on DogOrHuman { ... on Alien { numEyes } }
            """,
            (ValidationErrors.ImpossibleInlineFragmentSpread("Cat", "Dog"), 1, 33),
            (ValidationErrors.ImpossibleInlineFragmentSpread("DogOrHuman", "Alien"), 2, 45));

    [Fact]
    public void The_message_reads_as_graphql_js_writes_it()
        => Assert.Equal(
            "Fragment \"DogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".",
            ValidationErrors.ImpossibleFragmentSpread("DogFragment", "Cat", "Dog"));
}
