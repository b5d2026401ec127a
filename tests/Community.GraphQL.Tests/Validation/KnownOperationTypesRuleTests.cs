using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class KnownOperationTypesRuleTests
{
    private static readonly ValidationRule Rule = KnownOperationTypesRule.Rule;

    private static readonly Schema QueryOnly = SchemaBuilder.BuildFromSdl("type Query { a: Int }");

    [Fact]
    public void Operations_of_every_kind_the_schema_has_are_valid()
        => ExpectValid(Rule, """
            query Q { dog { name } }
            mutation M { renameDog(name: "x") { name } }
            subscription S { newMessage { body } }
            """);

    [Fact]
    public void A_query_is_always_valid()
        => ExpectValid(Rule, "{ a }", QueryOnly);

    [Fact]
    public void A_mutation_without_a_mutation_type_is_reported_at_the_operation()
        => ExpectErrorsWithSchema(QueryOnly, Rule, "query Q { a }\nmutation M { a }",
            (ValidationErrors.UnsupportedOperation(OperationType.Mutation), [(2, 1)]));

    [Fact]
    public void A_subscription_without_a_subscription_type_is_reported_at_the_operation()
        => ExpectErrorsWithSchema(QueryOnly, Rule, "subscription { a }",
            (ValidationErrors.UnsupportedOperation(OperationType.Subscription), [(1, 1)]));

    [Fact]
    public void Messages_read_as_graphql_js_17_writes_them()
    {
        Assert.Equal("The mutation operation is not supported by the schema.", ValidationErrors.UnsupportedOperation(OperationType.Mutation));
        Assert.Equal("The subscription operation is not supported by the schema.", ValidationErrors.UnsupportedOperation(OperationType.Subscription));
    }

    [Fact]
    public void Errors_link_the_operation_type_existence_section()
        => Assert.Equal(
            "https://spec.graphql.org/September2025/#sec-Operation-Type-Existence",
            Assert.Single(Validate(Rule, "mutation { a }", QueryOnly)).Extensions!["specifiedBy"]);
}
