using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class KnownArgumentNamesRuleTests
{
    private static readonly ValidationRule Rule = KnownArgumentNamesRule.Rule;

    [Fact]
    public void Known_arguments_on_fields_and_directives_are_valid()
        => ExpectValid(Rule, """
            fragment F on Dog {
              doesKnowCommand(dogCommand: SIT)
              isAtLocation(y: 1, x: 2) @skip(if: true)
              name @tagged(label: "a", weight: 2)
            }
            """);

    [Fact]
    public void Arguments_of_unknown_fields_and_directives_are_left_to_other_rules()
        => ExpectValid(Rule, "fragment F on Dog { unknown(whatever: 1) name @unknown(whatever: 1) }");

    [Fact]
    public void An_unknown_field_argument_suggests_similar_names()
        => ExpectErrors(Rule, "fragment F on Dog { doesKnowCommand(dogcommand: SIT) isAtLocation(z: 1) }",
            (ValidationErrors.UnknownArgument("dogcommand", "Dog.doesKnowCommand", ["dogCommand"]), 1, 37),
            (ValidationErrors.UnknownArgument("z", "Dog.isAtLocation", ["x", "y"]), 1, 67));

    [Fact]
    public void An_unknown_directive_argument_is_reported_once_as_the_directive_s()
        => ExpectErrors(Rule, "{ dog @skip(iff: true) { name } }",
            (ValidationErrors.UnknownDirectiveArgument("iff", "skip", ["if"]), 1, 13));

    [Fact]
    public void Errors_name_the_field_or_directive_by_schema_coordinate_in_their_extensions()
        => Assert.Equal(
            ["Dog.doesKnowCommand", "@skip"],
            Validate(Rule, "{ dog { doesKnowCommand(dogcommand: SIT) name @skip(iff: true) } }").Select(e => e.Extensions!["coordinate"]));

    [Fact]
    public void Messages_read_as_graphql_js_writes_them()
    {
        Assert.Equal("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", ValidationErrors.UnknownDirectiveArgument("iff", "skip", ["if"]));
        Assert.Equal(
            "Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".",
            ValidationErrors.UnknownArgument("unknown", "Dog.doesKnowCommand", []));
    }
}
