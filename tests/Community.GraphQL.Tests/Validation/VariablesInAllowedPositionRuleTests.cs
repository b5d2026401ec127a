using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class VariablesInAllowedPositionRuleTests
{
    private static readonly ValidationRule Rule = VariablesInAllowedPositionRule.Rule;

    private static IGraphQLType Type(string source) => TypeFromAst.Resolve(TestSchema.Instance, Parser.ParseType(source))!;

    [Theory]
    [InlineData("$v: Boolean", "booleanArgField(booleanArg: $v)")]
    [InlineData("$v: Boolean!", "booleanArgField(booleanArg: $v)")]
    [InlineData("$v: Int = 1", "nonNullIntArgField(nonNullIntArg: $v)")]
    [InlineData("$v: Int", "nonNullFieldWithDefault(arg: $v)")]
    [InlineData("$v: [String]", "stringListArgField(stringListArg: $v)")]
    [InlineData("$v: [String!]", "stringListArgField(stringListArg: $v)")]
    [InlineData("$v: String", "stringListArgField(stringListArg: [$v])")]
    [InlineData("$v: Boolean!", "complexArgField(complexArg: { requiredField: $v })")]
    [InlineData("$v: String!", "oneOfArgField(oneOfArg: { stringField: $v })")]
    [InlineData("$v: FurColor", "enumArgField(enumArg: $v)")]
    public void Variables_whose_types_fit_are_valid(string definition, string field)
        => ExpectValid(Rule, $"query Q({definition}) {{ complicatedArgs {{ {field} }} }}");

    [Fact]
    public void Variables_fit_the_directive_arguments_they_fill()
        => ExpectValid(Rule, "query Q($v: Boolean!) { dog @include(if: $v) { name } }");

    [Fact]
    public void A_more_specific_object_is_not_a_problem_for_composite_types()
        => ExpectValid(Rule, "query Q($v: ComplexInput) { complicatedArgs { complexArgField(complexArg: $v) } }");

    [Fact]
    public void A_nullable_variable_in_a_non_null_position_is_reported()
        => ExpectErrors(Rule, "query Q($intArg: Int) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $intArg) } }",
            (ValidationErrors.BadVariablePosition("intArg", BuiltInScalars.Int, Type("Int!")), [(1, 9), (1, 77)]));

    [Fact]
    public void A_null_default_does_not_make_a_variable_non_null()
        => ExpectErrors(Rule, "query Q($v: Int = null) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $v) } }",
            (ValidationErrors.BadVariablePosition("v", BuiltInScalars.Int, Type("Int!")), [(1, 9), (1, 79)]));

    [Fact]
    public void Uses_inside_fragments_are_checked_against_each_operation()
        => ExpectErrors(Rule, """
            query Q($boolArg: Boolean) { complicatedArgs { ...F } }
            fragment F on ComplicatedArgs { multipleReqs(req1: 1, req2: 2) @include(if: $boolArg) }
            """,
            (ValidationErrors.BadVariablePosition("boolArg", BuiltInScalars.Boolean, Type("Boolean!")), [(1, 9), (2, 77)]));

    [Fact]
    public void Mismatched_types_and_list_shapes_are_reported()
        => ExpectErrors(Rule, """
            query Q($s: String, $l: [String], $n: [String]!) {
              complicatedArgs {
                intArgField(intArg: $s)
                stringArgField(stringArg: $l)
                stringListNonNullArgField(stringListNonNullArg: $n)
              }
            }
            """,
            (ValidationErrors.BadVariablePosition("s", BuiltInScalars.String, BuiltInScalars.Int), [(1, 9), (3, 25)]),
            (ValidationErrors.BadVariablePosition("l", Type("[String]"), BuiltInScalars.String), [(1, 21), (4, 31)]),
            (ValidationErrors.BadVariablePosition("n", Type("[String]!"), Type("[String!]")), [(1, 35), (5, 53)]));

    [Fact]
    public void The_message_reads_as_graphql_js_writes_it()
        => Assert.Equal(
            "Variable \"$id\" of type \"String\" used in position expecting type \"ID!\".",
            ValidationErrors.BadVariablePosition("id", BuiltInScalars.String, new NonNullType(BuiltInScalars.ID)));

    [Fact]
    public void A_nullable_variable_filling_a_oneOf_field_is_reported_also_through_fragments()
        => ExpectErrors(Rule, """
            query Q($s: String, $i: Int!) { complicatedArgs { oneOfArgField(oneOfArg: { stringField: $s }) ...F } }
            fragment F on ComplicatedArgs { oneOfListArgField(oneOfListArg: [{ intField: $i }, { stringField: $s }]) }
            """,
            (ValidationErrors.OneOfNullableVariable("s", "String", "OneOfInput"), [(1, 9), (1, 90)]),
            (ValidationErrors.OneOfNullableVariable("s", "String", "OneOfInput"), [(1, 9), (2, 99)]));

    [Fact]
    public void Undefined_variables_are_left_to_their_own_rule()
        => ExpectValid(Rule, "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: $undefined) } }");
}
