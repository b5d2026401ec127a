using System.Collections;
using System.Globalization;

namespace Community.GraphQL.Types;

/// <summary>
/// Converts a coerced input value (int, double, string, lists, dictionaries, CLR enum members,
/// objects built by input types) to the CLR type of a property or constructor parameter.
/// Nesting is bounded by the input value's own depth, which coercion has already bounded.
/// </summary>
internal static class ClrValueConverter
{
    public static object? Convert(object? value, Type target)
    {
        if (value is null)
        {
            return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        }

        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsEnum)
        {
            return value is string name ? Enum.Parse(underlying, name, ignoreCase: true) : Enum.ToObject(underlying, value);
        }

        if (underlying == typeof(Guid) && value is string guidText)
        {
            return Guid.Parse(guidText);
        }

        if (underlying == typeof(Uri) && value is string uriText)
        {
            return new Uri(uriText, UriKind.RelativeOrAbsolute);
        }

        if (underlying == typeof(DateTime) && value is DateTimeOffset offset)
        {
            return offset.UtcDateTime;
        }

        if (value is IReadOnlyDictionary<string, object?> fields && !typeof(IEnumerable).IsAssignableFrom(underlying))
        {
            return InputObjectFactory.For(underlying)(fields);
        }

        if (value is IEnumerable items && value is not string && TryGetElementType(underlying, out var elementType))
        {
            return ConvertList(items, underlying, elementType);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(underlying))
        {
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"Cannot convert a value of type {value.GetType().Name} to {target.Name}.");
    }

    private static object ConvertList(IEnumerable items, Type target, Type elementType)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        foreach (var item in items)
        {
            list.Add(Convert(item, elementType));
        }

        if (target.IsArray)
        {
            var array = Array.CreateInstance(elementType, list.Count);
            list.CopyTo(array, 0);
            return array;
        }

        if (target.IsAssignableFrom(list.GetType()))
        {
            return list;
        }

        // A concrete collection such as HashSet<T>: create it and add each item.
        var collection = Activator.CreateInstance(target)!;
        var add = target.GetMethod("Add", [elementType]) ?? throw new InvalidCastException($"Cannot fill a {target.Name}.");
        foreach (var item in list)
        {
            add.Invoke(collection, [item]);
        }

        return collection;
    }

    private static bool TryGetElementType(Type type, out Type elementType)
    {
        if (type.IsArray)
        {
            elementType = type.GetElementType()!;
            return true;
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        elementType = enumerable?.GetGenericArguments()[0]!;
        return enumerable is not null;
    }
}
