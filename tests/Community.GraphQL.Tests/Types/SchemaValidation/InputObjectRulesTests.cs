namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class InputObjectRulesTests
{
    private const string Base = "type Query { a(i: I): String } ";

    [Fact]
    public void Input_objects_with_input_fields_and_breakable_cycles_are_valid()
        => SchemaErrors.Valid(Base + "input I { self: I list: [I!]! other: J! } input J { back: I e: E } enum E { A }");

    [Fact]
    public void An_input_object_must_have_fields()
        => Assert.Equal(["Input Object type I must define one or more fields."], SchemaErrors.Of(Base + "input I"));

    [Fact]
    public void Input_fields_must_be_input_types()
        => Assert.Equal(
            ["The type of I.q must be Input Type but got: Query."],
            SchemaErrors.Of(Base + "input I { q: Query }"));

    [Fact]
    public void Required_input_fields_cannot_be_deprecated()
        => Assert.Equal(
            ["Required input field I.a cannot be deprecated."],
            SchemaErrors.Of(Base + "input I { a: Int! @deprecated b: Int! = 1 @deprecated c: Int @deprecated }"));

    [Fact]
    public void Input_field_names_are_unique()
        => Assert.Equal(["Field \"I.a\" can only be defined once."], SchemaErrors.Of(Base + "input I { a: Int a: String }"));

    [Fact]
    public void Unbroken_non_null_cycles_are_refused()
        => Assert.Equal(
            ["Input Object I cannot be provided a finite value because it references itself through fields: I.j, J.k, K.i."],
            SchemaErrors.Of(Base + "input I { j: J! } input J { k: K! } input K { i: I! }"));

    [Fact]
    public void A_direct_non_null_self_reference_is_refused()
        => Assert.Equal(
            ["Input Object I cannot be provided a finite value because it references itself through fields: I.self."],
            SchemaErrors.Of(Base + "input I { self: I! }"));

    [Fact]
    public void A_one_of_input_whose_every_field_loops_back_has_no_finite_value()
        => Assert.Equal(
            ["Input Object I cannot be provided a finite value because it references itself through fields: I.a, J.i."],
            SchemaErrors.Of(Base + "input I @oneOf { a: J } input J { i: I! }"));

    [Fact]
    public void A_one_of_input_with_one_way_out_is_finite()
        => Assert.NotNull(SchemaErrors.Valid(Base + "input I @oneOf { self: I, name: String }"));

    [Fact]
    public void Defaults_that_reference_each_other_are_refused()
        => Assert.Equal(
            ["Invalid circular reference. The default value of Input Object field I.j references itself via the default values of: J.i."],
            SchemaErrors.Of(Base + "input I { j: J = {} } input J { i: I = {} }"));

    [Fact]
    public void A_default_that_references_itself_through_a_list_is_refused()
        => Assert.Equal(
            ["Invalid circular reference. The default value of Input Object field I.list references itself."],
            SchemaErrors.Of(Base + "input I { list: [I] = [{}] }"));

    [Fact]
    public void A_default_that_names_the_field_breaks_the_cycle()
        => Assert.NotNull(SchemaErrors.Valid(Base + "input I { j: J = { i: null } } input J { i: I = {} }"));

    [Fact]
    public void A_nullable_or_list_field_breaks_a_cycle()
        => Assert.NotNull(SchemaErrors.Valid(Base + "input I { a: I, b: [I!]! }"));

    [Fact]
    public void One_of_fields_must_be_nullable_and_without_defaults()
        => Assert.Equal(
            ["OneOf input field I.a must be nullable.", "OneOf input field I.b cannot have a default value."],
            SchemaErrors.Of(Base + "input I @oneOf { a: Int! b: Int = 1 c: String }"));

    [Fact]
    public void A_valid_one_of_input_object()
        => SchemaErrors.Valid(Base + "input I @oneOf { a: Int b: String }");
}
