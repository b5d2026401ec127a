using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Planning;

/// <summary>The result type of <c>__typename</c> when the introspection types are not part of the model (a <c>String!</c> the executor fills in itself).</summary>
internal sealed class TypeNameResult : IGraphQLType
{
    public static readonly IGraphQLType Type = new NonNullType(new TypeNameResult());

    private TypeNameResult()
    {
    }

    public TypeKind Kind => TypeKind.Scalar;

    public override string ToString() => "String";
}
