using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Filtering;

/// <summary>
/// Configures the filter input of <typeparamref name="T"/>: by default every public property of a
/// supported kind is a field; <see cref="Ignore{TValue}"/> leaves one out, <see cref="Field{TValue}(string, Expression{Func{T, TValue}})"/>
/// adds a field computed by an expression (translated to SQL like any member), and
/// <see cref="Id{TValue}"/> makes a key filterable by global id.
/// </summary>
public sealed class FilterTypeDescriptor<T> : IFilterTypeConfiguration
{
    private readonly HashSet<MemberInfo> _ignored = [];
    private readonly List<(string Name, LambdaExpression Expression)> _computed = [];
    private readonly Dictionary<MemberInfo, (string Name, string TypeName)> _ids = [];
    private readonly HashSet<MemberInfo> _included = [];
    private string? _typeName;
    private bool _explicit;

    IReadOnlySet<MemberInfo> IFilterTypeConfiguration.Ignored => _ignored;

    IReadOnlyList<(string Name, LambdaExpression Expression)> IFilterTypeConfiguration.Computed => _computed;

    IReadOnlyDictionary<MemberInfo, (string Name, string TypeName)> IFilterTypeConfiguration.Ids => _ids;

    string? IFilterTypeConfiguration.TypeName => _typeName;

    bool IFilterTypeConfiguration.IsExplicit => _explicit;

    IReadOnlySet<MemberInfo> IFilterTypeConfiguration.Included => _included;

    /// <summary>Only the properties named with <see cref="Field{TValue}(Expression{Func{T, TValue}})"/> (and computed fields) become fields; the rest are left out.</summary>
    public FilterTypeDescriptor<T> BindFieldsExplicitly()
    {
        _explicit = true;
        return this;
    }

    /// <summary>Includes a property (for <see cref="BindFieldsExplicitly"/>), named as the property in camelCase.</summary>
    public FilterTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> member)
    {
        _included.Add(PropertyExpressions.PropertyOf(member, nameof(member)));
        return this;
    }

    /// <summary>Names the input (default: the type's GraphQL name followed by <c>FilterInput</c>).</summary>
    public FilterTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        _typeName = name;
        return this;
    }

    /// <summary>Leaves a property out of filtering.</summary>
    public FilterTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member)
    {
        _ignored.Add(MemberOf(member));
        return this;
    }

    /// <summary>A field computed from the item, such as <c>p => p.Comments.Count</c>.</summary>
    public FilterTypeDescriptor<T> Field<TValue>(string name, Expression<Func<T, TValue>> expression)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(expression);
        _computed.Add((name, expression));
        return this;
    }

    /// <summary>
    /// Filters a key by the global id of <paramref name="typeName"/> (<c>IdOperationFilterInput</c>),
    /// decoded with <see cref="DataConventions.IdDecoder"/>; <paramref name="name"/> defaults to the property's.
    /// </summary>
    public FilterTypeDescriptor<T> Id<TValue>(Expression<Func<T, TValue>> member, string typeName, string? name = null)
    {
        var info = MemberOf(member);
        _ids[info] = (name ?? PropertyExpressions.FieldNameOf(info.Name), typeName);
        return this;
    }

    private static MemberInfo MemberOf(LambdaExpression member) => PropertyExpressions.PropertyOf(member, nameof(member));
}
