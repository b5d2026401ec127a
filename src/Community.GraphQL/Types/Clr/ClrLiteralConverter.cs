using System.Collections;
using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Turns a CLR default value given in code (<c>defaultValue: "world"</c>) into the constant
/// literal the schema keeps. CLR enum members become enum literals in SCREAMING_CASE; a
/// <see cref="ValueNode"/> is kept as it is. Nesting is bounded.
/// </summary>
internal static class ClrLiteralConverter
{
    private const int MaxDepth = 32;

    public static ValueNode ToLiteral(object? value) => ToLiteral(value, 0);

    private static ValueNode ToLiteral(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"A default value may not be nested more than {MaxDepth} levels deep.");
        }

        switch (value)
        {
            case null:
                return new NullValueNode();
            case ValueNode literal:
                return literal;
            case string s:
                return new StringValueNode { Value = s };
            case bool b:
                return new BooleanValueNode { Value = b };
            case Enum e:
                return new EnumValueNode { Value = NameConventions.ToEnumValueName(e.ToString()) };
            case var number when NumericValue.IsNumber(number):
                var text = NumericValue.Format(number);
                return number is int or long or short or byte or sbyte or uint or ulong or ushort
                    ? new IntValueNode { Value = text }
                    : new FloatValueNode { Value = text.Contains('.', StringComparison.Ordinal) || text.Contains('e', StringComparison.Ordinal) ? text : text + ".0" };
            case Guid g:
                return new StringValueNode { Value = g.ToString("D", CultureInfo.InvariantCulture) };
            case DateTimeOffset or DateTime:
                return ExtendedScalars.DateTime.ToLiteral(value);
            case DateOnly:
                return ExtendedScalars.Date.ToLiteral(value);
            case Uri uri:
                return new StringValueNode { Value = uri.ToString() };
            case IEnumerable<KeyValuePair<string, object?>> map:
                return new ObjectValueNode
                {
                    Fields = map.Select(entry => new ObjectFieldNode { Name = new NameNode(entry.Key), Value = ToLiteral(entry.Value, depth + 1) }).ToList(),
                };
            case IEnumerable list:
                return new ListValueNode { Values = list.Cast<object?>().Select(item => ToLiteral(item, depth + 1)).ToList() };
            default:
                // A plain CLR object: its public readable properties, named in camelCase.
                return new ObjectValueNode
                {
                    Fields = value.GetType().GetProperties()
                        .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
                        .Select(p => new ObjectFieldNode { Name = new NameNode(NameConventions.ToFieldName(p.Name)), Value = ToLiteral(p.GetValue(value), depth + 1) })
                        .ToList(),
                };
        }
    }
}
