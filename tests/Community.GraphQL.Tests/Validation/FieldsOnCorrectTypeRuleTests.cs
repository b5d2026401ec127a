using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class FieldsOnCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = FieldsOnCorrectTypeRule.Rule;

    [Fact]
    public void Defined_fields_aliases_and_meta_fields_are_valid()
        => ExpectValid(Rule, """
            {
              __typename
              __schema { queryType { name } }
              __type(name: "Dog") { name }
              dog { tag: name, __typename, ... on Pet { name } }
              catOrDog { __typename ... on Dog { barks } }
              being { name }
            }
            """);

    [Fact]
    public void A_misspelled_field_suggests_the_closest_names()
        => ExpectErrors(Rule, "fragment F on Dog { nmae meowVolume }",
            (ValidationErrors.UndefinedField("nmae", "Dog", [], ["name"]), 1, 21),
            (ValidationErrors.UndefinedField("meowVolume", "Dog", [], ["barkVolume"]), 1, 26));

    [Fact]
    public void The_message_reads_as_graphql_js_writes_it()
        => Assert.Equal(
            "Cannot query field \"nmae\" on type \"Member\". Did you mean \"name\"?",
            ValidationErrors.UndefinedField("nmae", "Member", [], ["name"]));

    [Fact]
    public void Schema_and_type_meta_fields_exist_only_on_the_query_root()
        => ExpectErrors(Rule, "{ dog { __schema { queryType { name } } __type(name: \"Dog\") { name } } }",
            (ValidationErrors.UndefinedField("__schema", "Dog", [], []), 1, 9),
            (ValidationErrors.UndefinedField("__type", "Dog", [], []), 1, 41));

    [Fact]
    public void A_field_of_some_possible_types_suggests_those_types_most_shared_first()
        => ExpectErrors(Rule, "{ being { iq } pet { barks } }",
            (ValidationErrors.UndefinedField("iq", "Being", ["Intelligent", "Alien", "Human"], []), 1, 11),
            (ValidationErrors.UndefinedField("barks", "Pet", ["Dog"], []), 1, 22));

    [Fact]
    public void Super_interfaces_are_suggested_before_their_implementations()
        => ExpectErrors(Rule, "{ being { mother { name } } }",
            (ValidationErrors.UndefinedField("mother", "Being", ["Mammal", "Canine", "Dog"], []), 1, 11));

    [Fact]
    public void Fields_on_unions_other_than_typename_are_reported()
        => ExpectErrors(Rule, "{ catOrDog { name } humanOrAlien { numEyes } }",
            (ValidationErrors.UndefinedField("name", "CatOrDog", ["Being", "Pet", "Canine", "Cat", "Dog"], []), 1, 14),
            (ValidationErrors.UndefinedField("numEyes", "HumanOrAlien", ["Alien"], []), 1, 36));

    [Fact]
    public void Type_suggestions_read_as_graphql_js_writes_them()
        => Assert.Equal(
            "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Being\", \"Pet\", \"Cat\", or \"Dog\"?",
            ValidationErrors.UndefinedField("name", "CatOrDog", ["Being", "Pet", "Cat", "Dog"], []));

    [Fact]
    public void Unknown_parent_types_stay_silent()
        => ExpectValid(Rule, "fragment F on Unknown { anything } { dog { ... on Nope { whatever } } }");

    [Fact]
    public void Only_five_suggestions_are_shown()
        => Assert.Equal(
            "Cannot query field \"f\" on type \"T\". Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?",
            ValidationErrors.UndefinedField("f", "T", [], ["a", "b", "c", "d", "e", "g"]));
}
