using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data;

/// <summary>Reads the property that a configuration lambda such as <c>p => p.Title</c> names.</summary>
internal static class PropertyExpressions
{
    /// <exception cref="ArgumentException">The lambda does not read a property of its parameter.</exception>
    public static PropertyInfo PropertyOf(LambdaExpression member, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(member);
        var body = member.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : member.Body;
        return body is MemberExpression { Member: PropertyInfo property } access && access.Expression == member.Parameters[0]
            ? property
            : throw new ArgumentException("The expression must read a property of the parameter, such as p => p.Title.", parameterName);
    }

    /// <summary>The GraphQL field name of a property: its name in camelCase.</summary>
    public static string FieldNameOf(string propertyName) => char.ToLowerInvariant(propertyName[0]) + propertyName[1..];

    /// <summary>A related object, as opposed to a scalar, a string or a collection.</summary>
    public static bool IsObject(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && !typeof(Delegate).IsAssignableFrom(type);
}
