using Community.GraphQL.Types;
using static Community.GraphQL.Tests.IntrospectionTests.ResolverHarness;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>__Field, __InputValue, __EnumValue and __Directive.</summary>
public sealed class MemberTypeTests
{
    private readonly Schema _schema = HandBuiltSchema.Create();

    private FieldDefinition QueryField(string name) => _schema.QueryType.GetField(name)!;

    [Fact]
    public void Field_reports_name_description_type_and_deprecation()
    {
        var color = QueryField("color");
        Assert.Equal("color", Resolve(_schema, IntrospectionSystem.FieldType, "name", color));
        Assert.Equal("The favourite color.", Resolve(_schema, IntrospectionSystem.FieldType, "description", color));
        Assert.Same(_schema.GetType("Color"), Resolve(_schema, IntrospectionSystem.FieldType, "type", color));
        Assert.Equal(false, Resolve(_schema, IntrospectionSystem.FieldType, "isDeprecated", color));
        Assert.Null(Resolve(_schema, IntrospectionSystem.FieldType, "deprecationReason", color));

        var oldColor = QueryField("oldColor");
        Assert.Equal(true, Resolve(_schema, IntrospectionSystem.FieldType, "isDeprecated", oldColor));
        Assert.Equal("Use color.", Resolve(_schema, IntrospectionSystem.FieldType, "deprecationReason", oldColor));
    }

    [Fact]
    public void Field_args_leave_deprecated_arguments_out_unless_asked()
    {
        var search = QueryField("search");
        Assert.Equal(["filter", "range"], Names(Resolve(_schema, IntrospectionSystem.FieldType, "args", search)));
        Assert.Equal(["filter", "range", "legacy"], Names(Resolve(_schema, IntrospectionSystem.FieldType, "args", search, IncludeDeprecated())));
    }

    [Fact]
    public void Input_value_default_is_printed_as_a_literal()
    {
        var range = _schema.GetType<InputObjectType>("Range")!;
        Assert.Equal("0", Resolve(_schema, IntrospectionSystem.InputValueType, "defaultValue", range.GetField("from")));
        Assert.Equal("RED", Resolve(_schema, IntrospectionSystem.InputValueType, "defaultValue", range.GetField("color")));
        Assert.Equal("{ from: 1 }", Resolve(_schema, IntrospectionSystem.InputValueType, "defaultValue", QueryField("search").GetArgument("range")));
        Assert.Null(Resolve(_schema, IntrospectionSystem.InputValueType, "defaultValue", QueryField("search").GetArgument("filter")));
    }

    [Fact]
    public void Input_value_reports_name_type_and_deprecation()
    {
        var legacy = _schema.GetType<InputObjectType>("Filter")!.GetField("legacy");
        Assert.Equal("legacy", Resolve(_schema, IntrospectionSystem.InputValueType, "name", legacy));
        Assert.Same(BuiltInScalars.Int, Resolve(_schema, IntrospectionSystem.InputValueType, "type", legacy));
        Assert.Equal(true, Resolve(_schema, IntrospectionSystem.InputValueType, "isDeprecated", legacy));
        Assert.Equal("Use title.", Resolve(_schema, IntrospectionSystem.InputValueType, "deprecationReason", legacy));
    }

    [Fact]
    public void Enum_value_reports_name_description_and_deprecation()
    {
        var color = _schema.GetType<EnumType>("Color")!;
        Assert.Equal("RED", Resolve(_schema, IntrospectionSystem.EnumValueType, "name", color.GetValue("RED")));
        Assert.Equal("Like blood.", Resolve(_schema, IntrospectionSystem.EnumValueType, "description", color.GetValue("RED")));
        Assert.Equal(false, Resolve(_schema, IntrospectionSystem.EnumValueType, "isDeprecated", color.GetValue("RED")));
        Assert.Equal(true, Resolve(_schema, IntrospectionSystem.EnumValueType, "isDeprecated", color.GetValue("GREEN")));
        Assert.Equal("Use RED.", Resolve(_schema, IntrospectionSystem.EnumValueType, "deprecationReason", color.GetValue("GREEN")));
    }

    [Fact]
    public void Directive_reports_name_description_repeatability_and_locations()
    {
        var tag = _schema.GetDirective("tag")!;
        Assert.Equal("tag", Resolve(_schema, IntrospectionSystem.DirectiveType, "name", tag));
        Assert.Equal("Tags a definition.", Resolve(_schema, IntrospectionSystem.DirectiveType, "description", tag));
        Assert.Equal(true, Resolve(_schema, IntrospectionSystem.DirectiveType, "isRepeatable", tag));
        var locations = Assert.IsAssignableFrom<IEnumerable<DirectiveLocation>>(Resolve(_schema, IntrospectionSystem.DirectiveType, "locations", tag));
        Assert.Equal(
            ["FIELD_DEFINITION", "OBJECT"],
            locations.Select(l => IntrospectionSystem.DirectiveLocationType.GetValueByInternal(l)!.Name));
    }

    [Fact]
    public void Directive_is_not_repeatable_unless_declared_so()
    {
        var once = new DirectiveDefinition("once", [DirectiveLocation.Field]);
        Assert.Equal(false, Resolve(_schema, IntrospectionSystem.DirectiveType, "isRepeatable", once));
    }

    [Fact]
    public void Directive_args_leave_deprecated_arguments_out_unless_asked()
    {
        var tag = _schema.GetDirective("tag")!;
        Assert.Equal(["name"], Names(Resolve(_schema, IntrospectionSystem.DirectiveType, "args", tag)));
        Assert.Equal(["name", "old"], Names(Resolve(_schema, IntrospectionSystem.DirectiveType, "args", tag, IncludeDeprecated())));
    }
}
