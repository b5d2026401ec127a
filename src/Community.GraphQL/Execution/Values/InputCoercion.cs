using System.Collections;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution.Values;

/// <summary>Receives one coercion failure: where in the value, the offending value, and why.</summary>
internal delegate void InputErrorHandler(InputPath? path, object? invalidValue, string message);

/// <summary>
/// Coerces an external input value (a variable's decoded JSON) to an input type, as the
/// specification's input coercion rules and graphql-js's coerceInputValue do: a single value
/// becomes a list of one, input objects refuse unknown fields and take defaults, <c>@oneOf</c>
/// needs exactly one non-null field. Every failure is reported, never thrown; nesting is bounded.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Returned (with an error reported) when the value could not be coerced.</summary>
    public static readonly object Invalid = new();

    public static object? Coerce(object? value, IGraphQLType type, InputErrorHandler onError, int maxDepth)
        => Coerce(value, type, onError, null, 0, maxDepth);

    private static object? Coerce(object? value, IGraphQLType type, InputErrorHandler onError, InputPath? path, int depth, int maxDepth)
    {
        if (depth > maxDepth)
        {
            onError(path, value, $"Value is nested more than {maxDepth} levels deep.");
            return Invalid;
        }

        value = JsonElementValue.Normalize(value);
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path, depth, maxDepth);
            }

            onError(path, value, $"Expected value of non-null type \"{type}\" not to be null.");
            return Invalid;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    var index = 0;
                    var failed = false;
                    foreach (var item in (IEnumerable)value)
                    {
                        var coerced = Coerce(item, list.OfType, onError, InputPath.Append(path, index), depth + 1, maxDepth);
                        failed |= ReferenceEquals(coerced, Invalid);
                        items.Add(coerced);
                        index++;
                    }

                    return failed ? Invalid : items;
                }

                var single = Coerce(value, list.OfType, onError, path, depth + 1, maxDepth);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };

            case InputObjectType inputObject:
                return CoerceInputObject(value, inputObject, onError, path, depth, maxDepth);

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ScalarCoercionException exception)
                {
                    onError(path, value, exception.Message);
                    return Invalid;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A scalar that fails in another way: the value is refused, without the exception's details.
                    onError(path, value, $"Expected value of type \"{scalar.Name}\", found: {ValueInspector.Inspect(value)}.");
                    return Invalid;
                }

            case EnumType enumType:
                return CoerceEnum(value, enumType, onError, path);

            default:
                onError(path, value, $"Expected an input type, found \"{type}\".");
                return Invalid;
        }
    }

    /// <summary>Lists are enumerables other than strings and objects.</summary>
    internal static bool IsList(object value)
        => value is IEnumerable and not string and not IEnumerable<KeyValuePair<string, object?>> and not IDictionary;

    private static object CoerceInputObject(object value, InputObjectType type, InputErrorHandler onError, InputPath? path, int depth, int maxDepth)
    {
        if (value is not IEnumerable<KeyValuePair<string, object?>> fields)
        {
            onError(path, value, $"Expected value of type \"{type.Name}\" to be an object, found: {ValueInspector.Inspect(value)}.");
            return Invalid;
        }

        var given = fields as IReadOnlyDictionary<string, object?> ?? fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        var failed = false;
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    coerced[field.Name] = DefaultValues.Get(field);
                }
                else if (field.Type is NonNullType)
                {
                    onError(path, value, $"Expected value of type \"{type.Name}\" to include required field \"{field.Name}\", found: {ValueInspector.Inspect(value)}.");
                    failed = true;
                }

                continue;
            }

            var coercedField = Coerce(fieldValue, field.Type, onError, InputPath.Append(path, field.Name), depth + 1, maxDepth);
            failed |= ReferenceEquals(coercedField, Invalid);
            coerced[field.Name] = coercedField;
        }

        foreach (var (name, _) in given)
        {
            if (type.GetField(name) is null)
            {
                var suggestion = Suggestions.DidYouMean(name, type.Fields.Select(f => f.Name));
                var found = suggestion.Length == 0 ? ", found" : "." + suggestion + " Found";
                onError(path, value, $"Expected value of type \"{type.Name}\" not to include unknown field \"{name}\"{found}: {ValueInspector.Inspect(value)}.");
                failed = true;
            }
        }

        // As graphql-js: the oneOf checks run even after other errors (fields that failed still
        // count as given), and each one that fails is reported.
        if (type.IsOneOf)
        {
            if (coerced.Count != 1)
            {
                onError(path, value, OneOfMessage(type));
                failed = true;
            }

            if (coerced.Count > 0 && coerced.First() is (var key, null))
            {
                onError(InputPath.Append(path, key), null, OneOfMessage(type));
                failed = true;
            }
        }

        if (failed)
        {
            return Invalid;
        }

        try
        {
            return Finish(type, coerced);
        }
        catch (Exception exception) when (exception is GraphQLException or ScalarCoercionException or ArgumentException or FormatException)
        {
            onError(path, value, exception.Message);
            return Invalid;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            onError(path, value, $"Expected value of type \"{type.Name}\", found: {ValueInspector.Inspect(value)}.");
            return Invalid;
        }
    }

    /// <summary>graphql-js 17's one message for a oneOf input object given no field, several, or a null one.</summary>
    internal static string OneOfMessage(InputObjectType type)
        => $"Within OneOf Input Object type \"{type.Name}\", exactly one field must be specified, and the value for that field must be non-null.";

    /// <summary>The value resolvers receive for a coerced input object.</summary>
    internal static object Finish(InputObjectType type, Dictionary<string, object?> coerced)
        => type.CreateValue is { } create ? create(coerced) : coerced;

    private static object CoerceEnum(object value, EnumType type, InputErrorHandler onError, InputPath? path)
    {
        if (value is not string name)
        {
            // graphql-js suggests values close to the printed value here too ("true" is close to "BLUE").
            var printed = ValueInspector.Inspect(value);
            onError(path, value, $"Enum \"{type.Name}\" cannot represent non-string value: {printed}." + Suggestions.DidYouMean(printed, type.Values.Select(v => v.Name), "the enum value"));
            return Invalid;
        }

        if (type.GetValue(name) is { } definition)
        {
            return definition.Value;
        }

        onError(path, value, $"Value \"{name}\" does not exist in \"{type.Name}\" enum." + Suggestions.DidYouMean(name, type.Values.Select(v => v.Name), "the enum value"));
        return Invalid;
    }
}
