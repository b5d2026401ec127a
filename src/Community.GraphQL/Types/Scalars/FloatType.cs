using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>Float</c>: a finite double-precision number. Input accepts integer and float literals and
/// any finite number; output also turns booleans and numeric strings into numbers.
/// </summary>
internal sealed class FloatType : ScalarType
{
    public FloatType()
        : base("Float", "A signed number with a fractional part, held as an IEEE 754 double-precision value.")
    {
    }

    public override Type RuntimeType => typeof(double);

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };

        if (text is null
            || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            || !double.IsFinite(result))
        {
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {Printer.Print(literal)}");
        }

        return result;
    }

    public override object ParseValue(object value)
    {
        if (!NumericValue.TryToDouble(value, out var result))
        {
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return result;
    }

    public override object Serialize(object value)
    {
        if (value is bool b)
        {
            return b ? 1d : 0d;
        }

        if (value is string s && s.Length > 0 && NumericValue.TryParseNumber(s, out var parsed))
        {
            return parsed;
        }

        if (!NumericValue.TryToDouble(value, out var result))
        {
            throw new ScalarCoercionException($"Float cannot represent non numeric value: {ValueInspector.Inspect(value)}");
        }

        return result;
    }

    public override ValueNode ToLiteral(object value)
    {
        var number = (double)ParseValue(value);
        var text = NumericValue.Format(number);
        return NumericValue.IsInteger(number) && !text.Contains('e', StringComparison.Ordinal)
            ? new IntValueNode { Value = text }
            : new FloatValueNode { Value = text };
    }
}
