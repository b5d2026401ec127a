using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class MaxIntrospectionDepthRuleTests
{
    private static readonly ValidationRule Rule = MaxIntrospectionDepthRule.Rule;

    [Fact]
    public void Two_nested_list_fields_are_allowed()
        => ExpectValid(Rule, """
            {
              __schema { types { fields { type { fields { name type { ofType { ofType { ofType { name } } } } } } } } }
            }
            """);

    [Fact]
    public void Three_nested_list_fields_are_refused_at_the_introspection_field()
        => ExpectErrors(Rule, """
            query Deep {
              __schema { types { fields { type { fields { type { fields { name } } } } } } }
            }
            """,
            (ValidationErrors.IntrospectionTooDeep(), 2, 3));

    [Fact]
    public void Every_counted_list_field_adds_to_the_depth()
        => ExpectErrors(Rule, """
            {
              __type(name: "Pet") { interfaces { possibleTypes { inputFields { name } } } }
            }
            """,
            (ValidationErrors.IntrospectionTooDeep(), 2, 3));

    [Fact]
    public void Depth_is_counted_through_fragments_and_inline_fragments()
        => ExpectErrors(Rule, """
            { __schema { types { ...Fields } } }
            fragment Fields on __Type { fields { type { ... on __Type { ...MoreFields } } } }
            fragment MoreFields on __Type { fields { type { fields { name } } } }
            """,
            (ValidationErrors.IntrospectionTooDeep(), 1, 3));

    [Fact]
    public void Queries_without_introspection_root_fields_are_not_counted()
        => ExpectValid(Rule, "{ dog { fields: name interfaces: name } }");

    [Fact]
    public void Cyclic_fragments_end()
        => ExpectValid(Rule, """
            { __schema { types { ...A } } }
            fragment A on __Type { name ...B }
            fragment B on __Type { kind ...A }
            """);
}
