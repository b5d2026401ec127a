using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class UniqueOperationNamesRuleTests
{
    private static readonly ValidationRule Rule = UniqueOperationNamesRule.Rule;

    [Fact]
    public void Anonymous_and_distinctly_named_operations_are_valid()
    {
        ExpectValid(Rule, "{ dog { name } }");
        ExpectValid(Rule, """
            query Foo { dog { name } }
            query Bar { dog { name } }
            mutation Baz { renameDog(name: "x") { name } }
            """);
    }

    [Fact]
    public void A_fragment_may_share_an_operation_name()
        => ExpectValid(Rule, """
            query Foo { ...Foo }
            fragment Foo on QueryRoot { dog { name } }
            """);

    [Fact]
    public void Two_operations_of_the_same_name_are_reported_at_both_names()
        => ExpectErrors(Rule, """
            query Foo { dog { name } }
            query Foo { cat { name } }
            """,
            (ValidationErrors.DuplicateOperationName("Foo"), [(1, 7), (2, 7)]));

    [Fact]
    public void Operations_of_different_kinds_still_share_one_namespace()
        => ExpectErrors(Rule, """
            query Foo { dog { name } }
            mutation Foo { renameDog(name: "x") { name } }
            subscription Foo { newMessage { body } }
            """,
            (ValidationErrors.DuplicateOperationName("Foo"), [(1, 7), (2, 10)]),
            (ValidationErrors.DuplicateOperationName("Foo"), [(1, 7), (3, 14)]));
}
