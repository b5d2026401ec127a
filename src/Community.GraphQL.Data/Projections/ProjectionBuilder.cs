using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data.Projections;

/// <summary>
/// Builds <c>item => new T { Id = item.Id, Title = item.Title, Author = new Member { ... } }</c>
/// from a selection, so that the query loads only the columns and relations asked for: fields
/// named as a property of the item are projected, related objects and lists nested, the key and
/// the members named with <see cref="DataConventions.Project{T}"/> always. A type that cannot be
/// built member by member (no parameterless constructor, or a selected member without a setter)
/// is loaded whole instead: a projection never leaves a selected member empty. Lists come in key order.
/// </summary>
internal static class ProjectionBuilder
{
    private const int MaxDepth = 8;

    private static readonly MethodInfo SelectMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Select) && m.GetParameters()[1].ParameterType.GetGenericArguments().Length == 2);

    private static readonly MethodInfo OrderByMethod = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.OrderBy) && m.GetParameters().Length == 2);

    private static readonly MethodInfo ToListMethod = typeof(Enumerable).GetMethod(nameof(Enumerable.ToList))!;

    /// <summary>The projection of <typeparamref name="T"/> for the selected fields, or null when the item is best loaded whole.</summary>
    public static Expression<Func<T, T>>? Build<T>(IReadOnlyList<IFieldSelection> selections, ObjectType type, DataConventions conventions)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var body = Project(item, typeof(T), selections, type, conventions, 0);
        return body is MemberInitExpression ? Expression.Lambda<Func<T, T>>(body, item) : null;
    }

    private static Expression Project(Expression source, Type clrType, IReadOnlyList<IFieldSelection> selections, ObjectType type, DataConventions conventions, int depth)
    {
        var constructor = clrType.GetConstructor(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes);
        if (constructor is null || depth > MaxDepth)
        {
            return source;
        }

        var bindings = new Dictionary<PropertyInfo, Expression>();
        foreach (var name in conventions.ProjectedAlways(clrType).Append(conventions.KeyPropertyOf(clrType)))
        {
            if (PropertyOf(clrType, name) is { } always)
            {
                if (always.SetMethod is null)
                {
                    return source;
                }

                bindings[always] = Expression.Property(source, always);
            }
        }

        foreach (var required in selections.SelectMany(s => conventions.RequiredBy(clrType, s.Field.Name)))
        {
            if (PropertyOf(clrType, required) is { } member && !bindings.ContainsKey(member))
            {
                if (member.SetMethod is null)
                {
                    return source;
                }

                bindings[member] = Expression.Property(source, member);
            }
        }

        foreach (var group in selections.GroupBy(s => s.Field.Name))
        {
            if (PropertyOf(clrType, group.Key) is not { } property || bindings.ContainsKey(property))
            {
                continue;
            }

            if (property.SetMethod is null)
            {
                return source;
            }

            // Selected twice (under aliases, or through nodes and edges): loaded whole rather than merged.
            bindings[property] = group.Count() == 1
                ? Member(source, property, group.First(), conventions, depth)
                : Expression.Property(source, property);
        }

        return Expression.MemberInit(Expression.New(constructor), bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    private static Expression Member(Expression source, PropertyInfo property, IFieldSelection selection, DataConventions conventions, int depth)
    {
        var value = Expression.Property(source, property);
        var namedType = selection.Field.Type.NamedType() as ObjectType;
        if (namedType is null)
        {
            return value;
        }

        var children = selection.SelectionsOf(namedType);
        if (ElementTypeOf(property.PropertyType) is { } element)
        {
            // A list of related items: each projected, the list built as the property's type accepts.
            var parameter = Expression.Parameter(element, "element");
            var projected = Project(parameter, element, children, namedType, conventions, depth + 1);
            if (projected == parameter || !property.PropertyType.IsAssignableFrom(typeof(List<>).MakeGenericType(element)))
            {
                return value;
            }

            // In key order, so that a response does not depend on the order the database happens to return.
            Expression items = value;
            if (element.GetProperty(conventions.KeyPropertyOf(element)) is { } key)
            {
                var keyParameter = Expression.Parameter(element, "element");
                items = Expression.Call(OrderByMethod.MakeGenericMethod(element, key.PropertyType), value,
                    Expression.Lambda(Expression.Property(keyParameter, key), keyParameter));
            }

            var select = Expression.Call(SelectMethod.MakeGenericMethod(element, element), items, Expression.Lambda(projected, parameter));
            return Expression.Call(ToListMethod.MakeGenericMethod(element), select);
        }

        var nested = Project(value, property.PropertyType, children, namedType, conventions, depth + 1);
        return nested == value
            ? value
            : Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(null, value.Type), nested);
    }

    private static PropertyInfo? PropertyOf(Type type, string fieldName)
    {
        var property = type.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is { GetMethod.IsPublic: true } && property.GetIndexParameters().Length == 0 ? property : null;
    }

    private static Type? ElementTypeOf(Type type)
    {
        if (type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type) || !type.IsGenericType)
        {
            return null;
        }

        var arguments = type.GetGenericArguments();
        return arguments.Length == 1 && arguments[0].IsClass && arguments[0] != typeof(string) ? arguments[0] : null;
    }
}
