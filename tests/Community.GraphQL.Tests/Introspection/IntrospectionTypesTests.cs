using Community.GraphQL.Types;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

public sealed class IntrospectionTypesTests
{
    [Fact]
    public void Types_are_the_eight_introspection_types()
    {
        Assert.Equal(
            ["__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"],
            IntrospectionSystem.Types.Select(t => t.Name));
    }

    [Fact]
    public void Type_fields_are_listed_in_specification_order()
    {
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            IntrospectionSystem.TypeType.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Schema_fields_are_listed_in_specification_order()
    {
        Assert.Equal(
            ["description", "types", "queryType", "mutationType", "subscriptionType", "directives"],
            IntrospectionSystem.SchemaType.Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("__Field", "name,description,args,type,isDeprecated,deprecationReason")]
    [InlineData("__InputValue", "name,description,type,defaultValue,isDeprecated,deprecationReason")]
    [InlineData("__EnumValue", "name,description,isDeprecated,deprecationReason")]
    [InlineData("__Directive", "name,description,isRepeatable,locations,args")]
    public void Member_types_have_the_specified_fields(string typeName, string fieldNames)
    {
        var type = Assert.IsType<ObjectType>(IntrospectionSystem.Types.Single(t => t.Name == typeName));
        Assert.Equal(fieldNames.Split(','), type.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Every_introspection_field_has_a_resolver()
    {
        var fields = IntrospectionSystem.Types.OfType<ObjectType>().SelectMany(t => t.Fields)
            .Concat([IntrospectionSystem.SchemaField, IntrospectionSystem.TypeField, IntrospectionSystem.TypeNameField]);
        Assert.All(fields, f => Assert.NotNull(f.Resolver));
    }

    [Fact]
    public void Fields_use_the_shared_built_in_scalar_instances()
    {
        var scalars = IntrospectionSystem.Types.OfType<ObjectType>().SelectMany(t => t.Fields)
            .SelectMany(f => f.Arguments.Select(a => a.Type).Append(f.Type))
            .Select(t => t.NamedType())
            .OfType<ScalarType>()
            .Distinct()
            .ToList();
        Assert.Equal(2, scalars.Count);
        Assert.Contains(scalars, s => ReferenceEquals(s, BuiltInScalars.String));
        Assert.Contains(scalars, s => ReferenceEquals(s, BuiltInScalars.Boolean));
    }

    [Theory]
    [InlineData(TypeKind.Scalar, "SCALAR")]
    [InlineData(TypeKind.Object, "OBJECT")]
    [InlineData(TypeKind.Interface, "INTERFACE")]
    [InlineData(TypeKind.Union, "UNION")]
    [InlineData(TypeKind.Enum, "ENUM")]
    [InlineData(TypeKind.InputObject, "INPUT_OBJECT")]
    [InlineData(TypeKind.List, "LIST")]
    [InlineData(TypeKind.NonNull, "NON_NULL")]
    public void Type_kinds_serialize_by_their_specification_name(TypeKind kind, string name)
    {
        Assert.Equal(name, IntrospectionSystem.TypeKindType.GetValueByInternal(kind)?.Name);
    }

    [Fact]
    public void Every_directive_location_has_a_specification_name()
    {
        var names = Enum.GetValues<DirectiveLocation>().Select(IntrospectionSystem.GetLocationName);
        Assert.Equal(
            [
                "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
                "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
                "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
            ],
            names);
    }

    [Fact]
    public void Include_deprecated_arguments_are_non_null_and_default_to_false()
    {
        var arguments = IntrospectionSystem.Types.OfType<ObjectType>().SelectMany(t => t.Fields).SelectMany(f => f.Arguments).ToList();
        Assert.Equal(5, arguments.Count);
        Assert.All(arguments, a =>
        {
            Assert.Equal("includeDeprecated", a.Name);
            // September 2025 edition: includeDeprecated: Boolean! = false.
            Assert.Same(BuiltInScalars.Boolean, Assert.IsType<NonNullType>(a.Type).OfType);
            Assert.False(Assert.IsType<Community.GraphQL.Language.BooleanValueNode>(a.DefaultValue).Value);
        });
    }

    [Fact]
    public void Meta_fields_have_their_specified_types()
    {
        Assert.Equal("__schema: __Schema!", IntrospectionSystem.SchemaField.ToString());
        Assert.Equal("__type: __Type", IntrospectionSystem.TypeField.ToString());
        Assert.Equal("name: String!", Assert.Single(IntrospectionSystem.TypeField.Arguments).ToString());
        Assert.Equal("__typename: String!", IntrospectionSystem.TypeNameField.ToString());
    }
}
