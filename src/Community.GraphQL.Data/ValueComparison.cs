using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data;

/// <summary>
/// Ordered comparisons of any sortable member type, in a form EF Core translates: operators for
/// numbers and dates, <c>string.Compare</c> for strings, <c>CompareTo</c> for UUIDs, the underlying
/// number for enums.
/// </summary>
internal static class ValueComparison
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Make(ExpressionType comparison, Expression left, Expression right)
    {
        var type = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
        if (type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        }

        if (type == typeof(Guid) || type == typeof(bool))
        {
            var compareTo = type.GetMethod(nameof(IComparable.CompareTo), [type])!;
            return Expression.MakeBinary(comparison, Expression.Call(Unwrap(left), compareTo, Unwrap(right)), Expression.Constant(0));
        }

        if (type.IsEnum)
        {
            var number = Nullable.GetUnderlyingType(left.Type) is null ? Enum.GetUnderlyingType(type) : typeof(Nullable<>).MakeGenericType(Enum.GetUnderlyingType(type));
            return Expression.MakeBinary(comparison, Expression.Convert(left, number), Expression.Convert(right, number));
        }

        return Expression.MakeBinary(comparison, left, right);
    }

    private static Expression Unwrap(Expression value) =>
        Nullable.GetUnderlyingType(value.Type) is { } underlying ? Expression.Convert(value, underlying) : value;
}
