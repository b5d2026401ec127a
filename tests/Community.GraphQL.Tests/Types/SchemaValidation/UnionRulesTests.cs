namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class UnionRulesTests
{
    [Fact]
    public void A_union_of_object_types_is_valid()
        => SchemaErrors.Valid("type Query { u: U } type A { a: Int } type B { b: Int } union U = A | B");

    [Fact]
    public void A_union_must_have_members()
        => Assert.Equal(["Union type U must define one or more member types."], SchemaErrors.Of("type Query { u: U } union U"));

    [Fact]
    public void Members_must_be_object_types()
        => Assert.Equal(
            ["Union type U can only include Object types, it cannot include I."],
            SchemaErrors.Of("type Query { u: U } type A { a: Int } interface I { a: Int } union U = A | I"));

    [Fact]
    public void Members_are_included_once()
        => Assert.Equal(
            ["Union type U can only include type A once."],
            SchemaErrors.Of("type Query { u: U } type A { a: Int } union U = A | A"));
}
