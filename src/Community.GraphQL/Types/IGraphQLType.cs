namespace Community.GraphQL.Types;

/// <summary>
/// A type reference as it appears on fields, arguments and variables: a named type, or a list or
/// non-null wrapper around one. <see cref="object.ToString"/> prints it as in SDL (<c>[Post!]!</c>).
/// </summary>
public interface IGraphQLType
{
    TypeKind Kind { get; }
}
