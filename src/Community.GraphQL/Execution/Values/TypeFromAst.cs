using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>typeFromAST: the schema type a type reference names, or null when the named type is unknown.</summary>
internal static class TypeFromAst
{
    public static IGraphQLType? Resolve(Schema schema, TypeNode node)
    {
        var wrappers = new Stack<bool>(); // true: non-null, false: list
        while (true)
        {
            switch (node)
            {
                case NonNullTypeNode nonNull:
                    wrappers.Push(true);
                    node = nonNull.Type;
                    continue;
                case ListTypeNode list:
                    wrappers.Push(false);
                    node = list.Type;
                    continue;
                case NamedTypeNode named:
                    IGraphQLType? type = schema.GetType(named.Name.Value);
                    if (type is null)
                    {
                        return null;
                    }

                    while (wrappers.Count > 0)
                    {
                        if (wrappers.Pop())
                        {
                            if (type is NonNullType)
                            {
                                return null;
                            }

                            type = new NonNullType(type);
                        }
                        else
                        {
                            type = new ListType(type);
                        }
                    }

                    return type;
                default:
                    return null;
            }
        }
    }
}
