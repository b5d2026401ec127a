using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data.Filtering;

/// <summary>The filter input of one CLR type: its fields, read from the type's properties and its configuration.</summary>
internal sealed class FilterTypeModel
{
    public FilterTypeModel(Type clrType, string graphQLTypeName)
    {
        ClrType = clrType;
        GraphQLTypeName = graphQLTypeName;
        Name = graphQLTypeName + "FilterInput";
    }

    /// <summary>The GraphQL name of the filtered type (<c>Post</c>).</summary>
    public string GraphQLTypeName { get; }

    public Type ClrType { get; }

    public string Name { get; private set; }

    public IReadOnlyList<FilterField> Fields { get; private set; } = [];

    public FilterField? GetField(string name) => Fields.FirstOrDefault(f => f.Name == name);

    public void Build(DataConventions conventions, object? configuration)
    {
        var descriptor = Activator.CreateInstance(typeof(FilterTypeDescriptor<>).MakeGenericType(ClrType))!;
        if (configuration is not null)
        {
            ((Delegate)configuration).DynamicInvoke(descriptor);
        }

        var configured = (IFilterTypeConfiguration)descriptor;
        Name = configured.TypeName ?? Name;
        var ignored = configured.Ignored;
        var ids = configured.Ids;
        var computed = configured.Computed;

        var fields = new List<FilterField>();
        foreach (var property in ClrType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (ignored.Contains(property) || (configured.IsExplicit && !configured.Included.Contains(property) && !ids.ContainsKey(property))
                || property.GetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var parameter = Expression.Parameter(ClrType, "item");
            var access = Expression.Lambda(Expression.Property(parameter, property), parameter);
            var field = ids.TryGetValue(property, out var id)
                ? IdField(id.Name, id.TypeName, access, property.PropertyType)
                : CreateField(conventions, PropertyExpressions.FieldNameOf(property.Name), access, property.PropertyType);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        foreach (var (name, expression) in computed)
        {
            fields.Add(CreateField(conventions, name, expression, expression.ReturnType)
                ?? throw new ArgumentException($"The filter field {Name}.{name} computes a {expression.ReturnType.Name}, which cannot be filtered."));
        }

        Fields = fields;
    }

    private static FilterField IdField(string name, string typeName, LambdaExpression access, Type type) => new()
    {
        Name = name,
        Kind = FilterFieldKind.Id,
        Access = access,
        ValueType = type,
        InputTypeName = FilterOperationTypes.IdInput,
        IdTypeName = typeName,
    };

    private static FilterField? CreateField(DataConventions conventions, string name, LambdaExpression access, Type type)
    {
        if (ScalarKind(conventions, type, out var inputName) is { } kind)
        {
            return new FilterField { Name = name, Kind = kind, Access = access, ValueType = type, InputTypeName = inputName };
        }

        if (ElementTypeOf(type) is { } element)
        {
            if (ScalarKind(conventions, element, out var elementInput) is { } elementKind)
            {
                return new FilterField
                {
                    Name = name,
                    Kind = FilterFieldKind.ScalarList,
                    Access = access,
                    ValueType = element,
                    InputTypeName = "List" + elementInput,
                    ElementKind = elementKind,
                    ElementInputTypeName = elementInput,
                };
            }

            if (PropertyExpressions.IsObject(element))
            {
                var nested = conventions.FilterModelOf(element);
                return new FilterField
                {
                    Name = name,
                    Kind = FilterFieldKind.ObjectList,
                    Access = access,
                    ValueType = element,
                    InputTypeName = "ListFilterInputTypeOf" + nested.Name,
                    Nested = nested,
                };
            }

            return null;
        }

        if (PropertyExpressions.IsObject(type))
        {
            var nested = conventions.FilterModelOf(type);
            return new FilterField { Name = name, Kind = FilterFieldKind.Object, Access = access, ValueType = type, InputTypeName = nested.Name, Nested = nested };
        }

        return null;
    }

    private static FilterFieldKind? ScalarKind(DataConventions conventions, Type type, out string inputName)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var plain = underlying ?? type;
        if (plain.IsEnum)
        {
            var enumName = conventions.TypeNameOf(plain);
            inputName = (underlying is null ? "" : "NullableOf") + enumName + "OperationFilterInput";
            return FilterFieldKind.Enum;
        }

        switch (ClrScalars.NameOf(plain))
        {
            case null:
                inputName = "";
                return null;
            case "String":
                inputName = FilterOperationTypes.StringInput;
                return FilterFieldKind.String;
            case "Boolean":
                inputName = FilterOperationTypes.BooleanInput;
                return FilterFieldKind.Boolean;
            case "URL":
                inputName = "";
                return null;
            case var scalar:
                inputName = FilterOperationTypes.ComparableInputName(scalar);
                return FilterFieldKind.Comparable;
        }
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
