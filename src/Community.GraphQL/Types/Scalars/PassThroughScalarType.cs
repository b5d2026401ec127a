using System.Collections;
using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// A scalar declared in SDL with no implementation bound to it: values pass through unchanged,
/// as with graphql-js's default scalar coercions. Literals become plain CLR values (int, long,
/// double, string, bool, lists, string-keyed dictionaries); nesting is bounded.
/// </summary>
internal sealed class PassThroughScalarType : ScalarType
{
    private const int MaxDepth = 64;

    public PassThroughScalarType(string name, string? description = null, string? specifiedByUrl = null)
        : base(name, description, specifiedByUrl)
    {
    }

    public override Type RuntimeType => typeof(object);

    /// <summary>Marks a variable that was not given: left out of objects, null in lists (as graphql-js's valueFromASTUntyped).</summary>
    private static readonly object Missing = new();

    public override object ParseLiteral(ValueNode literal)
        => ToValue(literal, null, 0) ?? throw new ScalarCoercionException($"{Name} cannot represent value: null");

    /// <summary>
    /// A literal that holds variables (<c>{a: $v}</c>), each replaced by the variable's coerced value,
    /// as graphql-js's custom scalars read such literals.
    /// </summary>
    internal object ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables)
        => ToValue(literal, variables ?? new Dictionary<string, object?>(), 0) is { } value && !ReferenceEquals(value, Missing)
            ? value
            : throw new ScalarCoercionException($"{Name} cannot represent value: null");

    public override object ParseValue(object value) => value;

    public override object Serialize(object value) => value;

    public override ValueNode ToLiteral(object value) => ToLiteral(value, 0);

    private object? ToValue(ValueNode literal, IReadOnlyDictionary<string, object?>? variables, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ScalarCoercionException($"{Name} cannot represent a value nested more than {MaxDepth} levels deep.");
        }

        switch (literal)
        {
            case IntValueNode i:
                if (int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
                {
                    return small;
                }

                return long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var wide)
                    ? wide
                    : double.Parse(i.Value, CultureInfo.InvariantCulture);
            case FloatValueNode f:
                return double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            case StringValueNode s:
                return s.Value;
            case BooleanValueNode b:
                return b.Value;
            case EnumValueNode e:
                return e.Value;
            case NullValueNode:
                return null;
            case VariableNode variable when variables is not null:
                return variables.TryGetValue(variable.Name.Value, out var variableValue) ? variableValue : Missing;
            case ListValueNode list:
                return list.Values.Select(item => ToValue(item, variables, depth + 1) is var value && ReferenceEquals(value, Missing) ? null : value).ToList();
            case ObjectValueNode obj:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (ToValue(field.Value, variables, depth + 1) is var value && !ReferenceEquals(value, Missing))
                    {
                        map[field.Name.Value] = value;
                    }
                }

                return map;
            default:
                throw new ScalarCoercionException($"{Name} cannot represent value: {Printer.Print(literal)}");
        }
    }

    private ValueNode ToLiteral(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ScalarCoercionException($"{Name} cannot represent a value nested more than {MaxDepth} levels deep.");
        }

        switch (value)
        {
            case null:
                return new NullValueNode();
            case ValueNode node:
                return node;
            case string s:
                return new StringValueNode { Value = s };
            case bool b:
                return new BooleanValueNode { Value = b };
            case var number when NumericValue.IsNumber(number):
                var text = NumericValue.Format(number);
                return NumericValue.IsInteger(number) && !text.Contains('e', StringComparison.Ordinal)
                    ? new IntValueNode { Value = text }
                    : new FloatValueNode { Value = text };
            case IEnumerable<KeyValuePair<string, object?>> map:
                return new ObjectValueNode
                {
                    Fields = map.Select(entry => new ObjectFieldNode { Name = new NameNode(entry.Key), Value = ToLiteral(entry.Value, depth + 1) }).ToList(),
                };
            case IEnumerable list:
                return new ListValueNode { Values = list.Cast<object?>().Select(item => ToLiteral(item, depth + 1)).ToList() };
            default:
                return new StringValueNode { Value = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty };
        }
    }
}
