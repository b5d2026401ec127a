using System.Linq.Expressions;

namespace Community.GraphQL.Data;

/// <summary>Reads a member of a related object that may be absent, as SQL's LEFT JOIN does: null when the object is.</summary>
internal static class NullSafe
{
    public static Expression Read(Expression owner, LambdaExpression access, bool ownerIsItem)
    {
        var value = ParameterReplacer.Replace(access, owner);
        if (ownerIsItem || owner.Type.IsValueType)
        {
            return value;
        }

        var type = value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null
            ? typeof(Nullable<>).MakeGenericType(value.Type)
            : value.Type;
        return Expression.Condition(
            Expression.Equal(owner, Expression.Constant(null, owner.Type)),
            Expression.Constant(null, type),
            value.Type == type ? value : Expression.Convert(value, type));
    }
}
