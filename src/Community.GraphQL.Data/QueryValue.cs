using System.Globalization;
using System.Linq.Expressions;

namespace Community.GraphQL.Data;

/// <summary>
/// Values from arguments and cursors, made ready for a query: converted to the member's CLR type and
/// wrapped so that EF Core sends them as parameters (one cached plan for every value) rather than
/// as literals in the SQL text.
/// </summary>
internal static class QueryValue
{
    /// <summary>An expression that reads <paramref name="value"/>, typed <paramref name="type"/>.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), "Value");
    }

    /// <summary>Converts a coerced argument value (or a cursor's) to <paramref name="type"/>; null stays null.</summary>
    /// <exception cref="FormatException">The value cannot be read as that type.</exception>
    public static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return null;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }

        if (target.IsEnum)
        {
            return value switch
            {
                string name => Enum.Parse(target, name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true),
                Enum other => Enum.Parse(target, other.ToString(), ignoreCase: true),
                _ => Enum.ToObject(target, value),
            };
        }

        if (target == typeof(DateTime))
        {
            return value switch
            {
                DateTimeOffset offset => offset.UtcDateTime,
                string text => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                _ => throw new FormatException($"{value} is not a date and time."),
            };
        }

        if (target == typeof(DateTimeOffset) && value is string offsetText)
        {
            return DateTimeOffset.Parse(offsetText, CultureInfo.InvariantCulture);
        }

        if (target == typeof(Guid) && value is string guid)
        {
            return Guid.Parse(guid);
        }

        if (target == typeof(DateOnly) && value is string date)
        {
            return DateOnly.Parse(date, CultureInfo.InvariantCulture);
        }

        return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    /// <summary>Holds one value; EF Core reads a member of a constant as a query parameter.</summary>
    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }
}
