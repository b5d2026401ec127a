using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class FragmentsOnCompositeTypesRuleTests
{
    private static readonly ValidationRule Rule = FragmentsOnCompositeTypesRule.Rule;

    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_valid()
        => ExpectValid(Rule, """
            fragment OnObject on Dog { barks }
            fragment OnInterface on Pet { name }
            fragment OnUnion on CatOrDog { __typename }
            fragment InlineOnObject on Pet { ... on Dog { barks } }
            fragment InlineWithoutType on Pet { ... { name } }
            """);

    [Fact]
    public void Fragments_on_scalars_enums_and_inputs_are_reported()
        => ExpectErrors(Rule, """
            fragment ScalarFragment on Boolean { bad }
            fragment EnumFragment on FurColor { bad }
            fragment InputFragment on ComplexInput { stringField }
            """,
            (ValidationErrors.FragmentOnNonCompositeType("ScalarFragment", "Boolean"), 1, 28),
            (ValidationErrors.FragmentOnNonCompositeType("EnumFragment", "FurColor"), 2, 26),
            (ValidationErrors.FragmentOnNonCompositeType("InputFragment", "ComplexInput"), 3, 27));

    [Fact]
    public void An_inline_fragment_on_a_scalar_is_reported()
        => ExpectErrors(Rule, "fragment InvalidInline on Pet { ... on String { barks } }",
            (ValidationErrors.InlineFragmentOnNonCompositeType("String"), 1, 40));

    [Fact]
    public void Unknown_types_are_left_to_known_type_names()
        => ExpectValid(Rule, "fragment Unknown on Nope { name }");
}
