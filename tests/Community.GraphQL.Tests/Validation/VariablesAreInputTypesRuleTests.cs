using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class VariablesAreInputTypesRuleTests
{
    private static readonly ValidationRule Rule = VariablesAreInputTypesRule.Rule;

    [Fact]
    public void Scalars_enums_and_input_objects_are_input_types()
        => ExpectValid(Rule, "query Foo($a: Unknown, $b: [[String!]!], $c: ComplexInput, $d: FurColor) { dog { name } }");

    [Fact]
    public void Output_types_are_reported_as_written()
        => ExpectErrors(Rule, "query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }",
            (ValidationErrors.NonInputTypeOnVariable("a", "Dog"), 1, 15),
            (ValidationErrors.NonInputTypeOnVariable("b", "[[CatOrDog!]]!"), 1, 24),
            (ValidationErrors.NonInputTypeOnVariable("c", "Pet"), 1, 44));
}
