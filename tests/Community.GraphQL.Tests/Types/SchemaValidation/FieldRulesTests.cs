using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class FieldRulesTests
{
    [Fact]
    public void Fields_of_output_types_with_input_type_arguments_are_valid()
        => SchemaErrors.Valid("type Query { a(x: Int, y: [I!], k: K): [O] } type O { a: String } input I { a: Int } enum K { A }");

    [Fact]
    public void Object_and_interface_types_must_define_fields()
        => Assert.Equal(
            ["Type Empty must define one or more fields.", "Type Nothing must define one or more fields."],
            SchemaErrors.Of("type Query { a: Empty b: Nothing } type Empty interface Nothing"));

    [Fact]
    public void Field_types_must_be_output_types()
        => Assert.Equal(
            ["The type of Query.a must be Output Type but got: [I!]."],
            SchemaErrors.Of("type Query { a: [I!] } input I { a: Int }"));

    [Fact]
    public void Argument_types_must_be_input_types()
        => Assert.Equal(
            ["The type of Query.a(o:) must be Input Type but got: O!."],
            SchemaErrors.Of("type Query { a(o: O!): String } type O { a: String }"));

    [Fact]
    public void Required_arguments_cannot_be_deprecated()
        => Assert.Equal(
            ["Required argument Query.a(x:) cannot be deprecated."],
            SchemaErrors.Of("type Query { a(x: Int! @deprecated, y: Int! = 1 @deprecated, z: Int @deprecated): String }"));

    [Fact]
    public void Field_names_are_unique_within_a_type()
        => Assert.Equal(
            ["Field \"Query.a\" can only be defined once."],
            SchemaErrors.Of("type Query { a: String } extend type Query { a: Int }"));

    [Fact]
    public void Argument_names_are_unique_within_a_field()
        => Assert.Equal(
            ["Argument \"Query.a(x:)\" can only be defined once."],
            SchemaErrors.Of("type Query { a(x: Int, x: String): String }"));

    [Fact]
    public void Referenced_types_must_exist()
        => Assert.Equal(
            ["Unknown type \"Pots\". Did you mean \"Post\"?", "Unknown type \"Strin\". Did you mean \"String\"?"],
            SchemaErrors.Of("type Query { a: [Pots] b(x: Strin): Int } type Post { a: Int }"));

    [Fact]
    public void Unknown_types_suggest_extended_scalars()
        => Assert.Equal(["Unknown type \"DateTim\". Did you mean \"DateTime\" or \"Date\"?"], SchemaErrors.Of("type Query { a: DateTim }"));

    [Fact]
    public void Type_names_are_unique()
        => Assert.Equal(
            ["There can be only one type named \"Post\"."],
            SchemaErrors.Of("type Query { a: Post } type Post { a: Int } type Post { b: Int }"));

    [Fact]
    public void Built_in_scalars_may_be_declared_but_not_redefined_as_another_kind()
    {
        SchemaErrors.Valid("scalar String type Query { a: String }");
        Assert.Equal(
            ["Type \"Int\" is a built-in scalar and cannot be defined as another kind of type."],
            SchemaErrors.Of("type Int { a: String } type Query { a: Int }"));
    }
}
