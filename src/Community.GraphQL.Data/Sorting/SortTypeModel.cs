using System.Linq.Expressions;
using System.Reflection;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data.Sorting;

/// <summary>The sort input of one CLR type: its keys and related objects, read from the type's properties and its configuration.</summary>
internal sealed class SortTypeModel
{
    public SortTypeModel(Type clrType, string graphQLTypeName)
    {
        ClrType = clrType;
        GraphQLTypeName = graphQLTypeName;
        Name = graphQLTypeName + "SortInput";
    }

    public Type ClrType { get; }

    public string GraphQLTypeName { get; }

    public string Name { get; private set; }

    public IReadOnlyList<SortField> Fields { get; private set; } = [];

    public SortField? GetField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public void Build(DataConventions conventions, object? configuration)
    {
        var descriptor = (ISortTypeConfiguration)Activator.CreateInstance(typeof(SortTypeDescriptor<>).MakeGenericType(ClrType))!;
        if (configuration is not null)
        {
            ((Delegate)configuration).DynamicInvoke(descriptor);
        }

        Name = descriptor.TypeName ?? Name;
        var fields = new List<SortField>();
        foreach (var property in ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (descriptor.Ignored.Contains(property) || (descriptor.IsExplicit && !descriptor.Included.Contains(property))
                || property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var parameter = Expression.Parameter(ClrType, "item");
            var access = Expression.Lambda(Expression.Property(parameter, property), parameter);
            var name = PropertyExpressions.FieldNameOf(property.Name);
            if (IsKey(property.PropertyType))
            {
                fields.Add(new SortField { Name = name, Access = access });
            }
            else if (PropertyExpressions.IsObject(property.PropertyType))
            {
                fields.Add(new SortField { Name = name, Access = access, Nested = conventions.SortModelOf(property.PropertyType) });
            }
        }

        foreach (var (name, expression) in descriptor.Computed)
        {
            fields.Add(IsKey(expression.ReturnType)
                ? new SortField { Name = name, Access = expression }
                : throw new ArgumentException($"The sort field {Name}.{name} computes a {expression.ReturnType.Name}, which cannot be sorted."));
        }

        Fields = fields;
    }

    private static bool IsKey(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain.IsEnum || ClrScalars.NameOf(plain) is { } scalar && scalar != "URL";
    }
}
