using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Community.GraphQL.Execution.Planning;

namespace Community.GraphQL.Execution.Processing;

/// <summary>
/// The resolver of fields that have none: the parent's dictionary entry, or its public property
/// or field, named as the field (the first letter may differ in case). Member access is compiled
/// once per (CLR type, field name) and cached; each field plan also remembers the getter of the
/// last parent type it saw, so that a repeated field costs a type check and a call.
/// </summary>
internal static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    // Booleans come back as these two boxes instead of a new box per value.
    private static readonly object True = true;
    private static readonly object False = false;

    public static object? Resolve(object? parent, FieldPlan plan)
    {
        if (parent is null)
        {
            return null;
        }

        if (plan.LastGetter is { } cached && ReferenceEquals(cached.Type, parent.GetType()))
        {
            return cached.Getter?.Invoke(parent);
        }

        var name = plan.Definition!.Name;
        switch (parent)
        {
            case IReadOnlyDictionary<string, object?>:
            case IDictionary<string, object?>:
                return Resolve(parent, name);
        }

        var getter = Getters.GetOrAdd((parent.GetType(), name), static key => Compile(key.Type, key.Name));
        // Only types that are not dictionaries are remembered, so a hit above never skips a dictionary lookup.
        plan.LastGetter = new CachedGetter(parent.GetType(), getter);
        return getter?.Invoke(parent);
    }

    public static object? Resolve(object? parent, string fieldName)
    {
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(fieldName, out var value) || readOnly.TryGetValue(FlipFirst(fieldName), out value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out value) || dictionary.TryGetValue(FlipFirst(fieldName), out value) ? value : null;
        }

        var getter = Getters.GetOrAdd((parent.GetType(), fieldName), static key => Compile(key.Type, key.Name));
        return getter?.Invoke(parent);
    }

    private static string FlipFirst(string name)
    {
        if (name.Length == 0)
        {
            return name;
        }

        var first = name[0];
        var flipped = char.IsUpper(first) ? char.ToLowerInvariant(first) : char.ToUpperInvariant(first);
        return flipped == first ? name : flipped + name[1..];
    }

    private static Func<object, object?>? Compile(Type type, string name)
    {
        var member = FindMember(type, name) ?? FindMember(type, FlipFirst(name));
        if (member is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression access = member switch
        {
            PropertyInfo property => Expression.Property(typed, property),
            FieldInfo field => Expression.Field(typed, field),
            _ => throw new InvalidOperationException(),
        };
        Expression boxed = access.Type == typeof(bool)
            ? Expression.Condition(access, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, parameter).Compile();
    }

    private static MemberInfo? FindMember(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var property = type.GetProperty(name, flags);
        if (property is { CanRead: true } && property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
        {
            return property;
        }

        return type.GetField(name, flags);
    }
}
