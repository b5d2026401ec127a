namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class AppliedDirectiveRulesTests
{
    [Fact]
    public void Known_directives_in_their_locations_are_valid()
        => SchemaErrors.Valid("""
            directive @tag(name: String!) repeatable on OBJECT | FIELD_DEFINITION
            type Query @tag(name: "a") @tag(name: "b") { a: String @tag(name: "c") @deprecated(reason: "x") }
            """);

    [Fact]
    public void Unknown_directives_are_refused()
        => Assert.Equal(["Unknown directive \"@key\"."], SchemaErrors.Of("type Query @key { a: String }"));

    [Fact]
    public void Directives_are_refused_outside_their_locations()
        => Assert.Equal(
            ["Directive \"@deprecated\" may not be used on OBJECT.", "Directive \"@oneOf\" may not be used on FIELD_DEFINITION."],
            SchemaErrors.Of("type Query @deprecated { a: String @oneOf }"));

    [Fact]
    public void Non_repeatable_directives_are_used_once_per_location()
        => Assert.Equal(
            ["The directive \"@deprecated\" can only be used once at this location."],
            SchemaErrors.Of("type Query { a: String @deprecated @deprecated }"));

    [Fact]
    public void A_type_and_its_extensions_are_one_location()
        => Assert.Equal(
            ["The directive \"@d\" can only be used once at this location."],
            SchemaErrors.Of("directive @d on OBJECT type Query @d { a: String } extend type Query @d"));

    [Fact]
    public void Unknown_arguments_are_refused()
        => Assert.Equal(
            ["Unknown argument \"why\" on directive \"@deprecated\"."],
            SchemaErrors.Of("type Query { a: String @deprecated(why: \"x\") }"));

    [Fact]
    public void Required_arguments_must_be_given()
        => Assert.Equal(
            ["Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided."],
            SchemaErrors.Of("type Query { a: S } scalar S @specifiedBy"));

    [Fact]
    public void Argument_values_must_fit_their_types()
        => Assert.Equal(
            ["Argument \"@deprecated(reason:)\" has invalid value: String cannot represent a non string value: 1"],
            SchemaErrors.Of("type Query { a: String @deprecated(reason: 1) }"));
}
