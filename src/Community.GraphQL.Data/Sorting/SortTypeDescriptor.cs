using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Sorting;

/// <summary>
/// Configures the sort input of <typeparamref name="T"/>: by default every public property of a
/// sortable kind (scalars, enums) and every related object is a field; <see cref="Ignore{TValue}"/>
/// leaves one out and <see cref="Field{TValue}(string, Expression{Func{T, TValue}})"/> adds a key computed by an expression.
/// </summary>
public sealed class SortTypeDescriptor<T> : ISortTypeConfiguration
{
    private readonly HashSet<MemberInfo> _ignored = [];
    private readonly List<(string Name, LambdaExpression Expression)> _computed = [];
    private readonly HashSet<MemberInfo> _included = [];
    private string? _typeName;
    private bool _explicit;

    IReadOnlySet<MemberInfo> ISortTypeConfiguration.Ignored => _ignored;

    IReadOnlyList<(string Name, LambdaExpression Expression)> ISortTypeConfiguration.Computed => _computed;

    string? ISortTypeConfiguration.TypeName => _typeName;

    bool ISortTypeConfiguration.IsExplicit => _explicit;

    IReadOnlySet<MemberInfo> ISortTypeConfiguration.Included => _included;

    /// <summary>Only the properties named with <see cref="Field{TValue}(Expression{Func{T, TValue}})"/> (and computed fields) become fields; the rest are left out.</summary>
    public SortTypeDescriptor<T> BindFieldsExplicitly()
    {
        _explicit = true;
        return this;
    }

    /// <summary>Includes a property (for <see cref="BindFieldsExplicitly"/>), named as the property in camelCase.</summary>
    public SortTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> member)
    {
        _included.Add(PropertyExpressions.PropertyOf(member, nameof(member)));
        return this;
    }

    /// <summary>Names the input (default: the type's GraphQL name followed by <c>SortInput</c>).</summary>
    public SortTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _typeName = name;
        return this;
    }

    /// <summary>Leaves a property out of sorting.</summary>
    public SortTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        _ignored.Add(PropertyExpressions.PropertyOf(member, nameof(member)));
        return this;
    }

    /// <summary>A key computed from the item, such as <c>p => p.Comments.Count</c>.</summary>
    public SortTypeDescriptor<T> Field<TValue>(string name, Expression<Func<T, TValue>> expression)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(expression);
        _computed.Add((name, expression));
        return this;
    }
}
