using Community.GraphQL.Language;
using Community.GraphQL.Types;
using IntrospectionSystem = Community.GraphQL.Types.Introspection;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>
/// A small schema built directly on the model, with one of everything introspection reports:
/// deprecated fields, arguments, input fields and enum values, a <c>@oneOf</c> input, a scalar
/// with <c>specifiedByURL</c>, a repeatable directive, an interface and a union.
/// </summary>
internal static class HandBuiltSchema
{
    public static Schema Create()
    {
        var url = new TestScalar("Url", "https://url.spec.whatwg.org/");
        var node = new InterfaceType("Node", "Something with an id.");
        var post = new ObjectType("Post");
        var query = new ObjectType("Query", "The root of queries.");
        var searchResult = new UnionType("SearchResult");
        var color = new EnumType(
            "Color",
            [
                new EnumValueDefinition("RED", description: "Like blood."),
                new EnumValueDefinition("GREEN", deprecationReason: "Use RED."),
            ]);
        var filter = new InputObjectType("Filter", isOneOf: true);
        var range = new InputObjectType("Range");

        node.Define([new FieldDefinition("id", new NonNullType(BuiltInScalars.ID))], []);
        post.Define(
            [
                new FieldDefinition("id", new NonNullType(BuiltInScalars.ID)),
                new FieldDefinition("link", url),
                new FieldDefinition("tags", new NonNullType(new ListType(new NonNullType(BuiltInScalars.String)))),
            ],
            [node]);
        searchResult.Define([post]);
        filter.Define(
            [
                new InputFieldDefinition("title", BuiltInScalars.String),
                new InputFieldDefinition("legacy", BuiltInScalars.Int, deprecationReason: "Use title."),
            ]);
        range.Define(
            [
                new InputFieldDefinition("from", BuiltInScalars.Int, defaultValue: new IntValueNode { Value = "0" }),
                new InputFieldDefinition("color", color, defaultValue: new EnumValueNode { Value = "RED" }),
            ]);
        query.Define(
            [
                new FieldDefinition("node", node, [new ArgumentDefinition("id", new NonNullType(BuiltInScalars.ID))]),
                new FieldDefinition(
                    "search",
                    new ListType(searchResult),
                    [
                        new ArgumentDefinition("filter", filter),
                        new ArgumentDefinition("range", range, defaultValue: new ObjectValueNode
                        {
                            Fields = [new ObjectFieldNode { Name = new NameNode("from"), Value = new IntValueNode { Value = "1" } }],
                        }),
                        new ArgumentDefinition("legacy", BuiltInScalars.Boolean, deprecationReason: "No longer supported"),
                    ]),
                new FieldDefinition("color", color, description: "The favourite color."),
                new FieldDefinition("oldColor", color, deprecationReason: "Use color."),
            ],
            []);

        var tag = new DirectiveDefinition(
            "tag",
            [DirectiveLocation.FieldDefinition, DirectiveLocation.Object],
            [
                new ArgumentDefinition("name", new NonNullType(BuiltInScalars.String)),
                new ArgumentDefinition("old", BuiltInScalars.String, deprecationReason: "Use name."),
            ],
            "Tags a definition.",
            isRepeatable: true);

        NamedType[] types =
        [
            query, node, post, searchResult, color, filter, range, url,
            BuiltInScalars.String, BuiltInScalars.Boolean, BuiltInScalars.Int, BuiltInScalars.ID,
            .. IntrospectionSystem.Types,
        ];
        return new Schema(query, null, null, types, [tag], "A hand-built schema.");
    }
}

/// <summary>A custom scalar holding strings.</summary>
internal sealed class TestScalar : ScalarType
{
    public TestScalar(string name, string? specifiedByUrl = null)
        : base(name, specifiedByUrl: specifiedByUrl)
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal)
        => literal is StringValueNode s ? s.Value : throw new ScalarCoercionException($"{Name} cannot represent a non-string value.");

    public override object ParseValue(object value)
        => value as string ?? throw new ScalarCoercionException($"{Name} cannot represent a non-string value.");

    public override object Serialize(object value) => value.ToString()!;

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = value.ToString()! };
}
