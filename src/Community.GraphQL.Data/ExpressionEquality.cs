using System.Linq.Expressions;

namespace Community.GraphQL.Data;

/// <summary>Whether two member-access expressions read the same member of the same parameter.</summary>
internal static class ExpressionEquality
{
    public static bool AreEqual(Expression left, Expression right) => (left, right) switch
    {
        (MemberExpression a, MemberExpression b) => a.Member == b.Member && AreEqual(a.Expression!, b.Expression!),
        (ParameterExpression a, ParameterExpression b) => a.Type == b.Type,
        (UnaryExpression { NodeType: ExpressionType.Convert } a, _) => AreEqual(a.Operand, right),
        (_, UnaryExpression { NodeType: ExpressionType.Convert } b) => AreEqual(left, b.Operand),
        _ => false,
    };
}
