using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Validation;

/// <summary>Resolves a type reference of a document (<c>[Post!]!</c>) against a schema.</summary>
internal static class TypeFromAst
{
    /// <summary>The schema type the node names, wrapped as written; null when a named type is unknown.</summary>
    public static IGraphQLType? Resolve(Schema schema, TypeNode node)
    {
        // Wrapping depth is bounded by the parser's nesting limit, yet walk iteratively anyway.
        var wrappers = new Stack<SyntaxKind>();
        var current = node;
        while (current is not NamedTypeNode)
        {
            wrappers.Push(current.Kind);
            current = current switch
            {
                ListTypeNode list => list.Type,
                NonNullTypeNode nonNull => nonNull.Type,
                _ => throw new ArgumentException($"Unknown type node {current.Kind}.", nameof(node)),
            };
        }

        IGraphQLType? type = schema.GetType(((NamedTypeNode)current).Name.Value);
        if (type is null)
        {
            return null;
        }

        while (wrappers.Count > 0)
        {
            var kind = wrappers.Pop();
            if (kind == SyntaxKind.ListType)
            {
                type = new ListType(type);
            }
            else if (type is not NonNullType)
            {
                type = new NonNullType(type);
            }
        }

        return type;
    }

    /// <summary>The named type of a type condition, or null when the schema has no such type.</summary>
    public static NamedType? Resolve(Schema schema, NamedTypeNode node) => schema.GetType(node.Name.Value);
}
