using System.Collections.Concurrent;
using System.Reflection;

namespace Community.GraphQL.Types;

/// <summary>
/// Builds instances of a CLR class from an input object's coerced fields: constructor
/// parameters and settable properties are matched to fields by name, ignoring case. Fields
/// that were not given leave the constructor's default or the property's initial value.
/// </summary>
internal static class InputObjectFactory
{
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> Cache = new();

    public static Func<IReadOnlyDictionary<string, object?>, object> For(Type type) => Cache.GetOrAdd(type, Create);

    private static Func<IReadOnlyDictionary<string, object?>, object> Create(Type type)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
        if (constructor is null && !type.IsValueType)
        {
            throw new InvalidOperationException($"The input type {type.Name} needs a public constructor.");
        }

        var parameters = constructor?.GetParameters() ?? [];
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Where(p => !parameters.Any(parameter => string.Equals(parameter.Name, p.Name, StringComparison.OrdinalIgnoreCase)))
            .ToArray();

        return fields =>
        {
            var arguments = new object?[parameters.Length];
            for (var i = 0; i < parameters.Length; i++)
            {
                var parameter = parameters[i];
                arguments[i] = TryGet(fields, parameter.Name!, out var given)
                    ? ClrValueConverter.Convert(given, parameter.ParameterType)
                    : parameter.HasDefaultValue ? parameter.DefaultValue : ClrValueConverter.Convert(null, parameter.ParameterType);
            }

            var instance = constructor is null ? Activator.CreateInstance(type)! : constructor.Invoke(arguments);
            foreach (var property in properties)
            {
                if (TryGet(fields, property.Name, out var given))
                {
                    property.SetValue(instance, ClrValueConverter.Convert(given, property.PropertyType));
                }
            }

            return instance;
        };
    }

    private static bool TryGet(IReadOnlyDictionary<string, object?> fields, string name, out object? value)
    {
        if (fields.TryGetValue(name, out value))
        {
            return true;
        }

        foreach (var (key, candidate) in fields)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = null;
        return false;
    }
}
