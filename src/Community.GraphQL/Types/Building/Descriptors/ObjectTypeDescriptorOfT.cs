using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Types;

/// <summary>
/// Configures an object type whose values are <typeparamref name="T"/> instances. Fields can be
/// read from members (<c>Field(p => p.Title)</c>: name in camelCase, type inferred from the CLR
/// type and its nullability). When no field is configured, every public property becomes one.
/// </summary>
public sealed class ObjectTypeDescriptor<T> : ObjectTypeDescriptorBase<ObjectTypeDescriptor<T>>
{
    internal ObjectTypeDescriptor(string name)
        : base(name)
    {
    }

    /// <summary>A field read from a property or field of <typeparamref name="T"/>, its type inferred.</summary>
    public ObjectTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> member, Action<FieldDescriptor>? configure = null)
        => AddMemberField(member, null, configure);

    /// <summary>A field read from a property or field of <typeparamref name="T"/>, with an explicit type.</summary>
    public ObjectTypeDescriptor<T> Field<TValue>(Expression<Func<T, TValue>> member, string type, Action<FieldDescriptor>? configure = null)
        => AddMemberField(member, type, configure);

    private ObjectTypeDescriptor<T> AddMemberField<TValue>(Expression<Func<T, TValue>> member, string? type, Action<FieldDescriptor>? configure)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (member.Body is not MemberExpression { Member: PropertyInfo or FieldInfo } access || access.Expression != member.Parameters[0])
        {
            throw new ArgumentException("The expression must read a property or field of the parameter, such as p => p.Title.", nameof(member));
        }

        var getter = member.Compile();
        var field = new FieldDescriptor(NameConventions.ToFieldName(access.Member.Name), type, access.Member)
            .Resolve(context => context.Parent is T parent ? getter(parent) : null);
        configure?.Invoke(field);
        Fields.Add(field);
        return this;
    }

    private protected override void AddInferredFields()
    {
        if (Fields.Count > 0)
        {
            return;
        }

        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                Fields.Add(new FieldDescriptor(NameConventions.ToFieldName(property.Name), null, property));
            }
        }
    }
}
