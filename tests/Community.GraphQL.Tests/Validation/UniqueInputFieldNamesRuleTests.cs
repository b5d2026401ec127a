using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueInputFieldNamesRuleTests
{
    private static readonly ValidationRule Rule = UniqueInputFieldNamesRule.Rule;

    [Fact]
    public void Distinct_fields_and_the_same_field_in_nested_objects_are_valid()
        => ExpectValid(Rule, "{ field(arg: { f1: \"value\", f2: { f1: \"value\" }, f3: [{ f1: 1 }, { f1: 2 }] }) }");

    [Fact]
    public void Repeated_fields_are_reported_against_the_first()
        => ExpectErrors(Rule, "{ field(arg: { f1: \"a\", f1: \"b\", f1: \"c\" }) }",
            (ValidationErrors.DuplicateInputField("f1"), [(1, 16), (1, 25)]),
            (ValidationErrors.DuplicateInputField("f1"), [(1, 16), (1, 34)]));

    [Fact]
    public void Repeats_in_nested_objects_are_reported()
        => ExpectErrors(Rule, "{ field(arg: { f1: { f2: \"a\", f2: \"b\" } }) }",
            (ValidationErrors.DuplicateInputField("f2"), [(1, 22), (1, 31)]));
}
