using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class LoneAnonymousOperationRuleTests
{
    private static readonly ValidationRule Rule = LoneAnonymousOperationRule.Rule;

    [Fact]
    public void A_lone_anonymous_operation_with_fragments_is_valid()
        => ExpectValid(Rule, """
            { ...Fields }
            fragment Fields on QueryRoot { dog { name } }
            """);

    [Fact]
    public void Several_named_operations_are_valid()
        => ExpectValid(Rule, "query A { dog { name } } query B { cat { name } }");

    [Fact]
    public void An_anonymous_operation_beside_others_is_reported()
        => ExpectErrors(Rule, """
            { dog { name } }
            query Named { cat { name } }
            { being { name } }
            """,
            (ValidationErrors.AnonymousOperationNotAlone(), 1, 1),
            (ValidationErrors.AnonymousOperationNotAlone(), 3, 1));

    [Fact]
    public void An_anonymous_operation_beside_a_mutation_is_reported()
        => ExpectErrors(Rule, """
            { dog { name } }
            mutation Rename { renameDog(name: "x") { name } }
            """,
            (ValidationErrors.AnonymousOperationNotAlone(), 1, 1));
}
