using Community.GraphQL.Types;
using static Community.GraphQL.Tests.IntrospectionTests.ResolverHarness;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

public sealed class SchemaTypeTests
{
    private readonly Schema _schema = HandBuiltSchema.Create();

    private object? Field(string name) => Resolve(_schema, IntrospectionSystem.SchemaType, name, _schema);

    [Fact]
    public void Description_is_the_schema_description() => Assert.Equal("A hand-built schema.", Field("description"));

    [Fact]
    public void Types_lists_every_named_type_including_introspection_types()
    {
        var names = Names(Field("types")).ToList();
        // Every type once; the order is graphql-js's (see Regressions/IntrospectionTypeOrderTests).
        Assert.Equal(_schema.Types.Select(t => t.Name).Order(), names.Order());
        Assert.Contains("__Schema", names);
        Assert.Contains("String", names);
    }

    [Fact]
    public void Root_types_are_the_schema_root_types()
    {
        Assert.Same(_schema.QueryType, Field("queryType"));
        Assert.Null(Field("mutationType"));
        Assert.Null(Field("subscriptionType"));
    }

    [Fact]
    public void Directives_lists_the_schema_directives() => Assert.Equal(["tag"], Names(Field("directives")));
}
