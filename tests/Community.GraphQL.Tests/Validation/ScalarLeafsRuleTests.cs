using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class ScalarLeafsRuleTests
{
    private static readonly ValidationRule Rule = ScalarLeafsRule.Rule;

    private static IGraphQLType Type(string name) => TestSchema.Instance.GetType(name)!;

    [Fact]
    public void Leaves_without_and_objects_with_selections_are_valid()
        => ExpectValid(Rule, "{ dog { name barks isHouseTrained(atOtherHomes: true) } human { relatives { name } } }");

    [Fact]
    public void An_object_field_without_selection_is_reported()
        => ExpectErrors(Rule, "{ dog }",
            (ValidationErrors.RequiredSubselection("dog", Type("Dog")), 1, 3));

    [Fact]
    public void A_list_of_objects_without_selection_is_reported_with_its_full_type()
        => ExpectErrors(Rule, "{ human { relatives } }",
            (ValidationErrors.RequiredSubselection("relatives", new NonNullType(new ListType(Type("Human")))), 1, 11));

    [Fact]
    public void A_selection_on_a_scalar_or_enum_is_reported_at_the_selection()
        => ExpectErrors(Rule, "{ dog { barks { sinceWhen } } cat { furColor { inHexDec } } }",
            (ValidationErrors.NoSubselectionAllowed("barks", Type("Boolean")), 1, 15),
            (ValidationErrors.NoSubselectionAllowed("furColor", Type("FurColor")), 1, 46));

    [Fact]
    public void The_message_suggests_a_selection()
        => Assert.Equal(
            "Field \"dog\" of type \"Dog\" must have a selection of subfields. Did you mean \"dog { ... }\"?",
            ValidationErrors.RequiredSubselection("dog", Type("Dog")));
}
