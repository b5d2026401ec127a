using System.Globalization;
using System.Text.RegularExpressions;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>ID</c>: an opaque identifier, always written as a string. Input accepts string and
/// integer literals and values; output accepts strings, integers and GUIDs.
/// </summary>
internal sealed partial class IdType : ScalarType
{
    public IdType()
        : base("ID", "An opaque unique identifier, used to fetch an object again or as a cache key. It is written as a string; as input, a string such as \"4\" or an integer such as 4 is accepted.")
    {
    }

    public override Type RuntimeType => typeof(string);

    public override object ParseLiteral(ValueNode literal) => literal switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw new ScalarCoercionException($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        _ when NumericValue.IsInteger(value) => FormatInteger(value),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override object Serialize(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString("D", CultureInfo.InvariantCulture),
        _ when NumericValue.IsInteger(value) => FormatInteger(value),
        _ => throw new ScalarCoercionException($"ID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value)
    {
        var text = (string)Serialize(value);
        return IntegerText().IsMatch(text) ? new IntValueNode { Value = text } : new StringValueNode { Value = text };
    }

    private static string FormatInteger(object value) => value switch
    {
        double or float or decimal => NumericValue.TryToInt64(value, out var l)
            ? l.ToString(CultureInfo.InvariantCulture)
            : NumericValue.Format(value),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$")]
    private static partial Regex IntegerText();
}
