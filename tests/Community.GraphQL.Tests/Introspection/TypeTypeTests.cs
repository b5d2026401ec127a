using Community.GraphQL.Types;
using static Community.GraphQL.Tests.IntrospectionTests.ResolverHarness;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

public sealed class TypeTypeTests
{
    private readonly Schema _schema = HandBuiltSchema.Create();

    private object? Field(string field, IGraphQLType type, IReadOnlyDictionary<string, object?>? arguments = null)
        => Resolve(_schema, IntrospectionSystem.TypeType, field, type, arguments);

    private NamedType Type(string name) => _schema.GetType(name)!;

    [Fact]
    public void Kind_is_the_model_kind_which_serializes_by_specification_name()
    {
        var kind = Field("kind", new NonNullType(Type("Post")));
        Assert.Equal(TypeKind.NonNull, kind);
        Assert.Equal("NON_NULL", IntrospectionSystem.TypeKindType.GetValueByInternal(kind!)!.Name);
    }

    [Fact]
    public void Name_and_description_are_null_for_wrapping_types()
    {
        Assert.Equal("Node", Field("name", Type("Node")));
        Assert.Equal("Something with an id.", Field("description", Type("Node")));
        Assert.Null(Field("name", new ListType(Type("Node"))));
        Assert.Null(Field("description", new ListType(Type("Node"))));
    }

    [Fact]
    public void Specified_by_url_is_the_scalar_specification_url()
    {
        Assert.Equal("https://url.spec.whatwg.org/", Field("specifiedByURL", Type("Url")));
        Assert.Null(Field("specifiedByURL", BuiltInScalars.String));
        Assert.Null(Field("specifiedByURL", Type("Post")));
    }

    [Fact]
    public void Fields_leave_deprecated_fields_out_by_default()
    {
        Assert.Equal(["node", "search", "color"], Names(Field("fields", Type("Query"))));
    }

    [Fact]
    public void Fields_include_deprecated_fields_when_asked()
    {
        Assert.Equal(["node", "search", "color", "oldColor"], Names(Field("fields", Type("Query"), IncludeDeprecated())));
        Assert.Equal(["node", "search", "color"], Names(Field("fields", Type("Query"), IncludeDeprecated(false))));
    }

    [Fact]
    public void Fields_never_list_meta_fields()
    {
        var query = new ObjectType("Query");
        query.Define([new FieldDefinition("a", BuiltInScalars.String), IntrospectionSystem.TypeNameField], []);
        Assert.Equal(["a"], Names(Field("fields", query, IncludeDeprecated())));
    }

    [Theory]
    [InlineData("Url")]
    [InlineData("SearchResult")]
    [InlineData("Color")]
    [InlineData("Filter")]
    public void Fields_are_null_for_types_without_fields(string typeName) => Assert.Null(Field("fields", Type(typeName)));

    [Fact]
    public void Interfaces_are_listed_for_objects_and_interfaces_only()
    {
        Assert.Equal(["Node"], Names(Field("interfaces", Type("Post"))));
        Assert.Empty(Names(Field("interfaces", Type("Node"))));
        Assert.Null(Field("interfaces", Type("SearchResult")));
        Assert.Null(Field("interfaces", BuiltInScalars.String));
    }

    [Fact]
    public void Possible_types_are_listed_for_abstract_types_only()
    {
        Assert.Equal(["Post"], Names(Field("possibleTypes", Type("Node"))));
        Assert.Equal(["Post"], Names(Field("possibleTypes", Type("SearchResult"))));
        Assert.Null(Field("possibleTypes", Type("Post")));
    }

    [Fact]
    public void Enum_values_leave_deprecated_values_out_unless_asked()
    {
        Assert.Equal(["RED"], Names(Field("enumValues", Type("Color"))));
        Assert.Equal(["RED", "GREEN"], Names(Field("enumValues", Type("Color"), IncludeDeprecated())));
        Assert.Null(Field("enumValues", Type("Post")));
    }

    [Fact]
    public void Input_fields_leave_deprecated_fields_out_unless_asked()
    {
        Assert.Equal(["title"], Names(Field("inputFields", Type("Filter"))));
        Assert.Equal(["title", "legacy"], Names(Field("inputFields", Type("Filter"), IncludeDeprecated())));
        Assert.Null(Field("inputFields", Type("Post")));
    }

    [Fact]
    public void Of_type_unwraps_one_level_of_lists_and_non_null()
    {
        var tags = _schema.GetType<ObjectType>("Post")!.GetField("tags")!.Type;
        var list = Assert.IsType<ListType>(Field("ofType", tags));
        var item = Assert.IsType<NonNullType>(Field("ofType", list));
        Assert.Same(BuiltInScalars.String, Field("ofType", item));
        Assert.Null(Field("ofType", BuiltInScalars.String));
    }

    [Fact]
    public void Is_one_of_is_set_for_input_objects_only()
    {
        Assert.Equal(true, Field("isOneOf", Type("Filter")));
        Assert.Equal(false, Field("isOneOf", Type("Range")));
        Assert.Null(Field("isOneOf", Type("Post")));
    }
}
