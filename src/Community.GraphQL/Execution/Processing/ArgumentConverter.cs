using System.Globalization;

namespace Community.GraphQL.Execution.Processing;

/// <summary>Converts a coerced argument value to the CLR type a resolver asks for (numbers widened, enums by name).</summary>
internal static class ArgumentConverter
{
    public static T? Convert<T>(object? value)
    {
        switch (value)
        {
            case null:
                return default;
            case T typed:
                return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (target.IsEnum)
        {
            return value is string name ? (T)Enum.Parse(target, name, ignoreCase: true) : (T)Enum.ToObject(target, value);
        }

        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return (T)System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"An argument of type {value.GetType().Name} cannot be read as {typeof(T).Name}.");
    }
}
