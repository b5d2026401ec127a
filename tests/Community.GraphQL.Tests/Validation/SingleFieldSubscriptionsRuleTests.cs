using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRule Rule = SingleFieldSubscriptionsRule.Rule;

    [Fact]
    public void One_root_field_is_valid()
        => ExpectValid(Rule, "subscription ImportantEmails { importantEmails }");

    [Fact]
    public void One_root_field_through_fragments_is_valid()
        => ExpectValid(Rule, """
            subscription Emails { ...Emails ... on SubscriptionRoot { importantEmails } }
            fragment Emails on SubscriptionRoot { importantEmails }
            """);

    [Fact]
    public void A_fragment_whose_type_cannot_apply_is_not_collected()
        => ExpectValid(Rule, """
            subscription Emails { importantEmails ... on QueryRoot { dog { name } } }
            """);

    [Fact]
    public void A_subscription_whose_fragments_leave_no_root_field_is_reported()
        => ExpectErrors(Rule, "subscription Emails { ... on QueryRoot { dog { name } } }",
            (ValidationErrors.SubscriptionNoField("Emails"), 1, 21));

    [Fact]
    public void No_field_messages_read_as_graphql_js_17_writes_them()
    {
        Assert.Equal("Anonymous Subscription must select one top level field.", ValidationErrors.SubscriptionNoField(null));
        Assert.Equal("Subscription \"S\" must select one top level field.", ValidationErrors.SubscriptionNoField("S"));
    }

    [Fact]
    public void A_second_root_field_is_reported()
        => ExpectErrors(Rule, "subscription ImportantEmails { importantEmails notImportantEmails }",
            (ValidationErrors.SubscriptionNotSingleField("ImportantEmails"), 1, 48));

    [Fact]
    public void Every_extra_root_field_of_an_anonymous_subscription_is_reported_together()
        => ExpectErrors(Rule, """
            subscription {
              importantEmails
              ...More
            }
            fragment More on SubscriptionRoot { notImportantEmails spamEmails }
            """,
            (ValidationErrors.SubscriptionNotSingleField(null), [(5, 37), (5, 56)]));

    [Fact]
    public void An_introspection_root_field_is_reported()
        => ExpectErrors(Rule, "subscription T { __typename }",
            (ValidationErrors.SubscriptionIntrospectionField("T"), 1, 18));

    [Fact]
    public void An_introspection_field_beside_another_is_reported_twice()
        => ExpectErrors(Rule, "subscription { importantEmails __typename }",
            (ValidationErrors.SubscriptionNotSingleField(null), [(1, 32)]),
            (ValidationErrors.SubscriptionIntrospectionField(null), [(1, 32)]));

    [Fact]
    public void Skip_and_include_on_the_root_selection_are_reported()
        => ExpectErrors(Rule, """
            subscription Emails($skip: Boolean!) {
              importantEmails @skip(if: $skip)
              ... on SubscriptionRoot @include(if: true) { spamEmails }
            }
            """,
            (ValidationErrors.SubscriptionSkipOrInclude("Emails"), [(2, 19), (3, 27)]));

    [Fact]
    public void Skip_and_include_below_the_root_field_are_allowed()
        => ExpectValid(Rule, "subscription { newMessage { body @skip(if: true) sender } }");

    [Fact]
    public void Cyclic_fragments_on_the_root_end()
        => ExpectValid(Rule, """
            subscription { ...A }
            fragment A on SubscriptionRoot { importantEmails ...A }
            """);
}
