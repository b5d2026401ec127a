using Community.GraphQL.Types;
using static Community.GraphQL.Tests.IntrospectionTests.ResolverHarness;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

public sealed class MetaFieldTests
{
    private readonly Schema _schema = HandBuiltSchema.Create();

    [Fact]
    public void Schema_meta_field_resolves_to_the_schema_being_executed()
    {
        Assert.Same(_schema, Resolve(_schema, _schema.QueryType, IntrospectionSystem.SchemaField, null));
    }

    [Fact]
    public void Type_meta_field_finds_a_type_by_name()
    {
        var arguments = new Dictionary<string, object?> { ["name"] = "Post" };
        Assert.Same(_schema.GetType("Post"), Resolve(_schema, _schema.QueryType, IntrospectionSystem.TypeField, null, arguments));
    }

    [Fact]
    public void Type_meta_field_finds_introspection_types()
    {
        var arguments = new Dictionary<string, object?> { ["name"] = "__Type" };
        Assert.Same(IntrospectionSystem.TypeType, Resolve(_schema, _schema.QueryType, IntrospectionSystem.TypeField, null, arguments));
    }

    [Fact]
    public void Type_meta_field_is_null_for_an_unknown_name()
    {
        var arguments = new Dictionary<string, object?> { ["name"] = "Nope" };
        Assert.Null(Resolve(_schema, _schema.QueryType, IntrospectionSystem.TypeField, null, arguments));
    }

    [Fact]
    public void Typename_meta_field_is_the_name_of_the_object_type_being_resolved()
    {
        var post = _schema.GetType<ObjectType>("Post")!;
        Assert.Equal("Post", Resolve(_schema, post, IntrospectionSystem.TypeNameField, new object()));
    }

    [Fact]
    public void Meta_fields_are_recognised_as_such()
    {
        Assert.True(IntrospectionSystem.IsMetaField(IntrospectionSystem.TypeNameField));
        Assert.False(IntrospectionSystem.IsMetaField(_schema.QueryType.Fields[0]));
    }
}
