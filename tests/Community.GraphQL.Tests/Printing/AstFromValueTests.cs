using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Printing;

public sealed class AstFromValueTests
{
    private enum Shade
    {
        Dark,
        Light,
    }

    private static readonly EnumType ShadeType = new(
        "Shade",
        [new EnumValueDefinition("DARK", Shade.Dark), new EnumValueDefinition("LIGHT", Shade.Light)]);

    private static string? Print(object? value, IGraphQLType type)
        => AstFromValue.Convert(value, type) is { } literal ? Printer.Print(literal) : null;

    [Fact]
    public void Scalars_convert_through_their_literal()
    {
        Assert.Equal("\"hello\"", Print("hello", BuiltInScalars.String));
        Assert.Equal("true", Print(true, BuiltInScalars.Boolean));
        Assert.Equal("42", Print(42, BuiltInScalars.Int));
    }

    [Fact]
    public void Null_converts_to_the_null_literal() => Assert.Equal("null", Print(null, BuiltInScalars.String));

    [Fact]
    public void Null_has_no_literal_for_a_non_null_type()
        => Assert.Null(AstFromValue.Convert(null, new NonNullType(BuiltInScalars.String)));

    [Fact]
    public void Enum_values_convert_to_their_name_from_the_internal_value()
    {
        Assert.Equal("LIGHT", Print(Shade.Light, ShadeType));
        Assert.Equal("DARK", Print("DARK", ShadeType));
    }

    [Fact]
    public void Unknown_enum_values_are_refused()
        => Assert.Throws<ScalarCoercionException>(() => AstFromValue.Convert("PURPLE", ShadeType));

    [Fact]
    public void Lists_convert_item_by_item_and_drop_items_without_a_literal()
    {
        Assert.Equal("[DARK, LIGHT]", Print(new[] { Shade.Dark, Shade.Light }, new ListType(ShadeType)));
        Assert.Equal("[\"a\"]", Print(new[] { "a", null }, new ListType(new NonNullType(BuiltInScalars.String))));
    }

    [Fact]
    public void A_single_value_converts_for_a_list_type_as_the_item()
        => Assert.Equal("\"a\"", Print("a", new ListType(BuiltInScalars.String)));

    [Fact]
    public void Input_objects_convert_from_dictionaries_leaving_absent_fields_out()
    {
        var type = Point();
        var value = new Dictionary<string, object?> { ["x"] = 1, ["label"] = null };
        Assert.Equal("{ x: 1, label: null }", Print(value, type));
    }

    [Fact]
    public void Input_objects_convert_from_public_properties()
    {
        Assert.Equal("{ x: 3, y: 4 }", Print(new { X = 3, Y = 4, Label = (string?)null }, Point()));
    }

    [Fact]
    public void Input_objects_have_no_literal_for_non_object_values() => Assert.Null(AstFromValue.Convert(7, Point()));

    [Fact]
    public void Values_nested_past_the_limit_are_refused()
    {
        IGraphQLType type = BuiltInScalars.Int;
        object value = 1;
        for (int i = 0; i <= AstFromValue.MaxDepth + 1; i++)
        {
            type = new ListType(type);
            value = new[] { value };
        }

        Assert.Throws<ArgumentException>(() => AstFromValue.Convert(value, type));
    }

    private static InputObjectType Point()
    {
        var type = new InputObjectType("Point");
        type.Define(
        [
            new InputFieldDefinition("x", new NonNullType(BuiltInScalars.Int)),
            new InputFieldDefinition("y", BuiltInScalars.Int),
            new InputFieldDefinition("label", BuiltInScalars.String),
        ]);
        return type;
    }
}
