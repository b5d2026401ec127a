using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class RootTypeRulesTests
{
    [Fact]
    public void A_query_root_object_type_is_valid() => SchemaErrors.Valid("type Query { a: String }");

    [Fact]
    public void The_query_root_type_must_be_provided()
        => Assert.Equal(["Query root type must be provided."], SchemaErrors.Of("type Post { a: String }"));

    [Fact]
    public void The_query_root_type_must_be_an_object_type()
        => Assert.Equal(["Query root type must be Object type, it cannot be Query."], SchemaErrors.Of("input Query { a: String }"));

    [Fact]
    public void Mutation_and_subscription_roots_must_be_object_types()
        => Assert.Equal(
            [
                "Mutation root type must be Object type if provided, it cannot be M.",
                "Subscription root type must be Object type if provided, it cannot be S.",
            ],
            SchemaErrors.Of("schema { query: Q mutation: M subscription: S } type Q { a: String } input M { a: String } enum S { A }"));

    [Fact]
    public void A_root_type_that_does_not_exist_is_an_unknown_type()
        => Assert.Equal(["Unknown type \"Mutations\".", ], SchemaErrors.Of("schema { query: Query mutation: Mutations } type Query { a: String }"));

    [Fact]
    public void Root_types_must_be_different()
        => Assert.Equal(
            ["All root types must be different, \"Query\" type is used as query and mutation root types."],
            SchemaErrors.Of("schema { query: Query mutation: Query } type Query { a: String }"));

    [Fact]
    public void Only_one_schema_definition_is_allowed()
        => Assert.Equal(
            ["Must provide only one schema definition."],
            SchemaErrors.Of("schema { query: Query } schema { query: Query } type Query { a: String }"));

    [Fact]
    public void Each_operation_type_is_given_once()
        => Assert.Equal(
            ["There can be only one query type in schema."],
            SchemaErrors.Of("schema { query: Query } extend schema { query: Query } type Query { a: String }"));

    [Fact]
    public void Operations_are_not_allowed_in_a_schema_document()
        => Assert.Equal(
            ["A schema document may only contain type-system definitions and extensions, not operations or fragments."],
            SchemaErrors.Of("type Query { a: String } { a }"));

    [Fact]
    public void Without_a_schema_definition_extensions_add_to_the_default_roots()
    {
        var schema = Community.GraphQL.Types.SchemaBuilder.BuildFromSdl("type Query { a: String } type Events { e: String } extend schema { subscription: Events }");
        Assert.Equal("Query", schema.QueryType.Name);
        Assert.Equal("Events", schema.SubscriptionType!.Name);
    }
}
