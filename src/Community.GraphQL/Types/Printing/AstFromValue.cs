using System.Collections;
using System.Reflection;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Turns an internal (coerced) value back into the constant literal that stands for it in a given
/// input type, for printing default values given in code (graphql-js's <c>astFromValue</c>).
/// </summary>
public static class AstFromValue
{
    /// <summary>How deeply lists and input objects may nest in a value; deeper values are refused.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The literal for <paramref name="value"/> as a value of <paramref name="type"/>: scalars
    /// through <see cref="ScalarType.ToLiteral"/>, enums by the name of the value whose internal
    /// value (or name) it is, lists item by item (a single value stands for a list of one), and
    /// input objects field by field (from a string-keyed dictionary, where absent keys are left
    /// out, or from the public properties of an object, where null properties are left out).
    /// A null value gives the <c>null</c> literal.
    /// </summary>
    /// <returns>The literal, or null when there is none: null for a non-null type, or an input object given something that is not an object.</returns>
    /// <exception cref="ScalarCoercionException">A scalar or enum cannot represent the value.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is not an input type, or the value nests deeper than <see cref="MaxDepth"/>.</exception>
    public static ValueNode? Convert(object? value, IGraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Convert(value, type, 0);
    }

    private static ValueNode? Convert(object? value, IGraphQLType type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The value nests deeper than {MaxDepth} levels of lists and input objects.", nameof(value));
        }

        if (type is NonNullType nonNull)
        {
            var literal = Convert(value, nonNull.OfType, depth);
            return literal is NullValueNode ? null : literal;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        return type switch
        {
            ListType list => ConvertList(value, list, depth),
            InputObjectType inputObject => ConvertInputObject(value, inputObject, depth),
            ScalarType scalar => scalar.ToLiteral(value),
            EnumType enumType => ConvertEnum(value, enumType),
            _ => throw new ArgumentException($"\"{type}\" is not an input type.", nameof(type)),
        };
    }

    private static ValueNode? ConvertList(object value, ListType type, int depth)
    {
        if (value is string || IsDictionary(value) || value is not IEnumerable items)
        {
            // Input coercion accepts a single item where a list is expected; print it the same way.
            return Convert(value, type.OfType, depth + 1);
        }

        var literals = new List<ValueNode>();
        foreach (var item in items)
        {
            if (Convert(item, type.OfType, depth + 1) is { } literal)
            {
                literals.Add(literal);
            }
        }

        return new ListValueNode { Values = literals };
    }

    private static ObjectValueNode? ConvertInputObject(object value, InputObjectType type, int depth)
    {
        if (!IsObjectLike(value))
        {
            return null;
        }

        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!TryGetField(value, field.Name, out var fieldValue))
            {
                continue;
            }

            if (Convert(fieldValue, field.Type, depth + 1) is { } literal)
            {
                fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = literal });
            }
        }

        return new ObjectValueNode { Fields = fields };
    }

    private static EnumValueNode ConvertEnum(object value, EnumType type)
    {
        var definition = type.GetValueByInternal(value)
            ?? (value is string name ? type.GetValue(name) : null)
            ?? throw new ScalarCoercionException($"Enum \"{type.Name}\" cannot represent value: {value}.");
        return new EnumValueNode { Value = definition.Name };
    }

    /// <summary>A dictionary or an object with members; not a string, number, boolean, enum member or list.</summary>
    private static bool IsObjectLike(object value)
        => IsDictionary(value)
            || !(value is string or decimal or Enum || value.GetType().IsPrimitive || value is IEnumerable);

    private static bool IsDictionary(object value)
        => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?> or IDictionary;

    /// <summary>Reads an input object's field from a dictionary entry, or a public property or field (first letter in either case).</summary>
    private static bool TryGetField(object value, string name, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out fieldValue);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out fieldValue);
            case IDictionary untyped:
                fieldValue = untyped.Contains(name) ? untyped[name] : null;
                return untyped.Contains(name);
        }

        const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;
        var clrType = value.GetType();
        var pascal = char.ToUpperInvariant(name[0]) + name[1..];
        var property = clrType.GetProperty(pascal, Public) ?? clrType.GetProperty(name, Public);
        if (property is { CanRead: true } && property.GetIndexParameters().Length == 0)
        {
            fieldValue = property.GetValue(value);
            return fieldValue is not null;
        }

        var member = clrType.GetField(pascal, Public) ?? clrType.GetField(name, Public);
        fieldValue = member?.GetValue(value);
        return fieldValue is not null;
    }
}
