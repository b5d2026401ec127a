using Community.GraphQL.Types;
using Community.GraphQL.Validation;
using Community.GraphQL.Validation.Rules;
using static Community.GraphQL.Tests.Validation.ValidationHarness;

namespace Community.GraphQL.Tests.Validation;

public class ValuesOfCorrectTypeRuleTests
{
    private static readonly ValidationRule Rule = ValuesOfCorrectTypeRule.Rule;

    private static IGraphQLType Type(string name) => TestSchema.Instance.GetType(name)!;

    [Theory]
    [InlineData("intArgField(intArg: 2)")]
    [InlineData("intArgField(intArg: -2147483648)")]
    [InlineData("floatArgField(floatArg: 1.1)")]
    [InlineData("floatArgField(floatArg: 1)")]
    [InlineData("stringArgField(stringArg: \"foo\")")]
    [InlineData("stringArgField(stringArg: \"\"\"block\"\"\")")]
    [InlineData("booleanArgField(booleanArg: true)")]
    [InlineData("idArgField(idArg: 1)")]
    [InlineData("idArgField(idArg: \"someIdString\")")]
    [InlineData("enumArgField(enumArg: BROWN)")]
    [InlineData("intArgField(intArg: null)")]
    [InlineData("stringListArgField(stringListArg: [\"one\", null, \"two\"])")]
    [InlineData("stringListArgField(stringListArg: \"one\")")]
    [InlineData("stringListArgField(stringListArg: [])")]
    [InlineData("complexArgField(complexArg: { requiredField: true })")]
    [InlineData("complexArgField(complexArg: { requiredField: false, intField: 4, stringListField: [\"x\"] })")]
    [InlineData("oneOfArgField(oneOfArg: { stringField: \"abc\" })")]
    [InlineData("oneOfListArgField(oneOfListArg: [{ intField: 1 }, { stringField: \"x\" }])")]
    [InlineData("jsonArgField(jsonArg: { any: [1, \"shape\"] })")]
    [InlineData("multipleReqs(req1: 1, req2: 2)")]
    public void Literals_of_the_expected_type_are_valid(string field)
        => ExpectValid(Rule, $"{{ complicatedArgs {{ {field} }} }}");

    [Fact]
    public void Variables_and_their_defaults_of_the_expected_type_are_valid()
        => ExpectValid(Rule, """
            query Q($a: Int = 1, $b: String = "x", $c: ComplexInput = { requiredField: true, intField: 3 }, $d: [Int] = [1, 2], $e: Int! = 3) {
              complicatedArgs { intArgField(intArg: $a) }
            }
            """);

    [Fact]
    public void Wrong_scalar_literals_carry_the_scalar_s_own_message()
        => ExpectErrors(Rule, """
            {
              complicatedArgs {
                intArgField(intArg: "3")
                stringArgField(stringArg: 1)
                booleanArgField(booleanArg: 2)
                intArgField(intArg: 829384293849283498239482938)
                floatArgField(floatArg: true)
                idArgField(idArg: 1.0)
              }
            }
            """,
            ("Int cannot represent non-integer value: \"3\"", 3, 25),
            ("String cannot represent a non string value: 1", 4, 31),
            ("Boolean cannot represent a non boolean value: 2", 5, 33),
            ("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", 6, 25),
            ("Float cannot represent non numeric value: true", 7, 29),
            ("ID cannot represent a non-string and non-integer value: 1.0", 8, 23));

    [Fact]
    public void Wrong_enum_literals_suggest_values()
        => ExpectErrors(Rule, """
            {
              complicatedArgs {
                enumArgField(enumArg: "BROWN")
                enumArgField(enumArg: brown)
                enumArgField(enumArg: 2)
              }
            }
            """,
            (ValidationErrors.EnumNonEnumValue("FurColor", "\"BROWN\"", ["BROWN"]), 3, 27),
            (ValidationErrors.UnknownEnumValue("FurColor", "brown", ["BROWN"]), 4, 27),
            (ValidationErrors.EnumNonEnumValue("FurColor", "2", []), 5, 27));

    [Fact]
    public void Enum_messages_read_as_graphql_js_writes_them()
    {
        Assert.Equal(
            "Enum \"FurColor\" cannot represent non-enum value: \"BROWN\". Did you mean the enum value \"BROWN\"?",
            ValidationErrors.EnumNonEnumValue("FurColor", "\"BROWN\"", ["BROWN"]));
        Assert.Equal("Value \"brown\" does not exist in \"FurColor\" enum. Did you mean the enum value \"BROWN\"?", ValidationErrors.UnknownEnumValue("FurColor", "brown", ["BROWN"]));
    }

    [Fact]
    public void Null_in_a_non_null_position_is_reported_with_the_full_type()
        => ExpectErrors(Rule, "{ complicatedArgs { multipleReqs(req1: null, req2: 1) } }",
            (ValidationErrors.NullForNonNull(new NonNullType(BuiltInScalars.Int)), 1, 40));

    [Fact]
    public void Items_of_a_list_are_checked_one_by_one()
        => ExpectErrors(Rule, "{ complicatedArgs { stringListArgField(stringListArg: [\"one\", 2]) stringListNonNullArgField(stringListNonNullArg: [null]) } }",
            ("String cannot represent a non string value: 2", 1, 63),
            (ValidationErrors.NullForNonNull(new NonNullType(BuiltInScalars.String)), 1, 116));

    [Fact]
    public void A_list_or_object_where_a_scalar_is_expected_is_reported_once_as_a_whole()
        => ExpectErrors(Rule, "{ complicatedArgs { intArgField(intArg: [\"a\", \"b\"]) complexArgField(complexArg: [{ bad: 1 }]) } }",
            ("Int cannot represent non-integer value: [\"a\", \"b\"]", 1, 41),
            (ValidationErrors.NotAnObject("ComplexInput", "[{ bad: 1 }]"), 1, 81));

    [Fact]
    public void An_object_where_a_scalar_is_expected_is_reported()
        => ExpectErrors(Rule, "{ dog { isHouseTrained(atOtherHomes: { a: 1 }) } }",
            ("Boolean cannot represent a non boolean value: { a: 1 }", 1, 38));

    [Fact]
    public void Missing_required_and_unknown_input_fields_are_reported()
        => ExpectErrors(Rule, "{ complicatedArgs { complexArgField(complexArg: { intField: 4, requriedField: true }) } }",
            (ValidationErrors.MissingInputField("ComplexInput", "requiredField", "{ intField: 4, requriedField: true }"), 1, 49),
            (ValidationErrors.UnknownInputField("requriedField", "ComplexInput", ["requiredField", "stringField"], "{ intField: 4, requriedField: true }"), 1, 64));

    [Fact]
    public void Input_field_messages_point_to_their_own_sections()
    {
        var errors = Validate(Rule, "{ complicatedArgs { complexArgField(complexArg: { unknown: 1 }) } }");
        Assert.Equal(
            ["https://spec.graphql.org/September2025/#sec-Input-Object-Required-Fields", "https://spec.graphql.org/September2025/#sec-Input-Object-Field-Names"],
            errors.Select(e => (string)e.Extensions!["specifiedBy"]!));
    }

    [Fact]
    public void Wrong_values_in_variable_defaults_are_reported()
        => ExpectErrors(Rule, "query Q($a: Int = \"one\", $b: ComplexInput = { intField: 1 }, $c: Int! = null) { __typename }",
            ("Int cannot represent non-integer value: \"one\"", 1, 19),
            (ValidationErrors.MissingInputField("ComplexInput", "requiredField", "{ intField: 1 }"), 1, 45),
            (ValidationErrors.NullForNonNull(new NonNullType(BuiltInScalars.Int)), 1, 73));

    [Fact]
    public void A_oneOf_object_with_no_or_two_fields_is_reported()
        => ExpectErrors(Rule, "{ complicatedArgs { a: oneOfArgField(oneOfArg: {}) b: oneOfArgField(oneOfArg: { stringField: \"x\", intField: 1 }) } }",
            (ValidationErrors.OneOfNotExactlyOneNonNullField("OneOfInput"), 1, 48),
            (ValidationErrors.OneOfNotExactlyOneNonNullField("OneOfInput"), 1, 79));

    [Fact]
    public void A_oneOf_object_with_a_null_field_is_reported()
        => ExpectErrors(Rule, "{ complicatedArgs { oneOfArgField(oneOfArg: { stringField: null }) } }",
            (ValidationErrors.OneOfNotExactlyOneNonNullField("OneOfInput"), 1, 45));

    [Fact]
    public void OneOf_messages_read_as_graphql_js_writes_them()
    {
        Assert.Equal(
            "Within OneOf Input Object type \"OneOfInput\", exactly one field must be specified, and the value for that field must be non-null.",
            ValidationErrors.OneOfNotExactlyOneNonNullField("OneOfInput"));
    }

    [Fact]
    public void Custom_scalars_accept_structured_literals_holding_variables()
        => ExpectValid(Rule, "query Q($v: Int) { complicatedArgs { jsonArgField(jsonArg: { a: [$v, 1], b: \"x\" }) } }");

    [Fact]
    public void Built_in_scalars_refuse_structured_literals_even_holding_variables()
        => ExpectErrors(Rule, "query Q($v: Int) { complicatedArgs { intArgField(intArg: [$v]) } }",
            ("Int cannot represent non-integer value: [null]", 1, 58));

    [Fact]
    public void Values_where_the_expected_type_is_unknown_are_left_to_other_rules()
        => ExpectValid(Rule, "{ complicatedArgs { unknownField(arg: \"x\") intArgField(unknownArg: { a: [1] }) } }");
}
