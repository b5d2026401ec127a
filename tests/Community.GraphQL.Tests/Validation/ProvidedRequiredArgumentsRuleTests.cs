using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class ProvidedRequiredArgumentsRuleTests
{
    private static readonly ValidationRule Rule = ProvidedRequiredArgumentsRule.Rule;

    private static readonly IGraphQLType NonNullInt = new NonNullType(BuiltInScalars.Int);

    [Fact]
    public void Given_required_and_omitted_optional_arguments_are_valid()
        => ExpectValid(Rule, """
            {
              complicatedArgs {
                multipleReqs(req2: 2, req1: 1)
                multipleOpts
                multipleOptAndReq(req1: 1, req2: 2)
                nonNullFieldWithDefault
              }
              dog { isHouseTrained name @include(if: true) }
            }
            """);

    [Fact]
    public void Unknown_fields_and_directives_are_left_to_other_rules()
        => ExpectValid(Rule, "{ dog { unknownField @unknownDirective } }");

    [Fact]
    public void Missing_field_arguments_are_reported_at_the_field()
        => ExpectErrors(Rule, "{ complicatedArgs { multipleReqs(req1: 1) nonNullIntArgField } }",
            (ValidationErrors.MissingArgument("ComplicatedArgs.multipleReqs(req2:)", NonNullInt), 1, 21),
            (ValidationErrors.MissingArgument("ComplicatedArgs.nonNullIntArgField(nonNullIntArg:)", NonNullInt), 1, 43));

    [Fact]
    public void Missing_directive_arguments_are_reported_at_the_directive()
        => ExpectErrors(Rule, "{ dog @include { name @skip @tagged(weight: 2) } }",
            (ValidationErrors.MissingArgument("@include(if:)", new NonNullType(BuiltInScalars.Boolean)), 1, 7),
            (ValidationErrors.MissingArgument("@skip(if:)", new NonNullType(BuiltInScalars.Boolean)), 1, 23),
            (ValidationErrors.MissingArgument("@tagged(label:)", new NonNullType(BuiltInScalars.String)), 1, 29));

    [Fact]
    public void Errors_name_the_missing_argument_by_schema_coordinate_in_their_extensions()
        => Assert.Equal(
            ["ComplicatedArgs.multipleReqs(req2:)", "@include(if:)"],
            Validate(Rule, "{ complicatedArgs { multipleReqs(req1: 1) } dog @include { name } }").Select(e => e.Extensions!["coordinate"]));

    [Fact]
    public void Messages_read_as_graphql_js_writes_them()
    {
        // graphql-js 17 names the argument by its schema coordinate.
        Assert.Equal(
            "Argument \"ComplicatedArgs.multipleReqs(req2:)\" of type \"Int!\" is required, but it was not provided.",
            ValidationErrors.MissingArgument("ComplicatedArgs.multipleReqs(req2:)", NonNullInt));
        Assert.Equal(
            "Argument \"@include(if:)\" of type \"Boolean!\" is required, but it was not provided.",
            ValidationErrors.MissingArgument("@include(if:)", new NonNullType(BuiltInScalars.Boolean)));
    }
}
