using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class InterfaceImplementationRulesTests
{
    private const string Base = "type Query { n: Node } ";

    [Fact]
    public void A_correct_implementation_is_valid()
        => SchemaErrors.Valid(Base + """
            interface Node { id: ID! friends(first: Int): [Node] }
            interface Named implements Node { id: ID! name: String friends(first: Int): [Node] }
            type Member implements Named & Node { id: ID! name: String! friends(first: Int, after: String): [Member!]! extra(x: Int!): Int }
            """);

    [Fact]
    public void Implemented_types_must_be_interfaces()
        => Assert.Equal(
            ["Type Post must only implement Interface types, it cannot implement Query."],
            SchemaErrors.Of(Base + "interface Node { id: ID } type Post implements Query { id: ID }"));

    [Fact]
    public void Interface_fields_must_be_provided()
        => Assert.Equal(
            ["Interface field Node.id expected but Post does not provide it."],
            SchemaErrors.Of(Base + "interface Node { id: ID! } type Post implements Node { title: String }"));

    [Fact]
    public void Field_types_must_be_covariant()
        => Assert.Equal(
            [
                "Interface field Node.id expects type ID! but Post.id is type ID.",
                "Interface field Node.parent expects type Node but Post.parent is type Query.",
            ],
            SchemaErrors.Of(Base + "interface Node { id: ID! parent: Node } type Post implements Node { id: ID parent: Query }"));

    [Fact]
    public void Interface_arguments_must_be_provided_with_equal_types()
        => Assert.Equal(
            [
                "Interface field argument Node.f(a:) expected but Post.f does not provide it.",
                "Interface field argument Node.f(b:) expects type Int but Post.f(b:) is type Int!.",
            ],
            SchemaErrors.Of(Base + "interface Node { f(a: Int, b: Int): ID } type Post implements Node { f(b: Int!): ID }"));

    [Fact]
    public void Extra_arguments_must_be_optional()
        => Assert.Equal(
            ["Argument \"Post.f(x:)\" must not be required type \"Int!\" if not provided by the Interface field \"Node.f\"."],
            SchemaErrors.Of(Base + "interface Node { f: ID } type Post implements Node { f(x: Int!, y: Int, z: Int! = 1): ID }"));

    [Fact]
    public void An_implementation_deprecates_only_what_its_interface_deprecates()
        => Assert.Equal(
            ["Interface field Node.f is not deprecated, so implementation field Post.f must not be deprecated."],
            SchemaErrors.Of(Base + "interface Node { f: ID g: ID @deprecated } type Post implements Node { f: ID @deprecated g: ID @deprecated }"));

    [Fact]
    public void An_implementation_may_keep_a_field_its_interface_deprecates()
        => Assert.NotNull(SchemaErrors.Valid(Base + "interface Node { f: ID @deprecated } type Post implements Node { f: ID }"));

    [Fact]
    public void Transitive_interfaces_must_be_implemented()
        => Assert.Equal(
            ["Type Post must implement Node because it is implemented by Named."],
            SchemaErrors.Of(Base + "interface Node { id: ID } interface Named implements Node { id: ID } type Post implements Named { id: ID }"));

    [Fact]
    public void A_type_cannot_implement_itself()
        => Assert.Contains(
            "Type Node cannot implement itself because it would create a circular reference.",
            SchemaErrors.Of(Base + "interface Node implements Node { id: ID }"));

    [Fact]
    public void Interfaces_cannot_implement_each_other_in_a_cycle()
        => Assert.Contains(
            "Type A cannot implement B because it would create a circular reference.",
            SchemaErrors.Of(Base + "interface Node { id: ID } interface A implements B { id: ID } interface B implements A { id: ID }"));

    [Fact]
    public void An_interface_is_implemented_once()
        => Assert.Equal(
            ["Type Post can only implement Node once."],
            SchemaErrors.Of(Base + "interface Node { id: ID } type Post implements Node & Node { id: ID }"));
}
