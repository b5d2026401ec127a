using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>Decimal</c>: a base-10 number held as <see cref="decimal"/> (28-29 significant digits), for
/// amounts where binary floating point would round. Literals are read from their text, so no
/// precision is lost.
/// </summary>
internal sealed class DecimalType : ScalarType
{
    public DecimalType()
        : base("Decimal", "A base-10 number with up to 28 significant digits, for exact amounts.")
    {
    }

    public override Type RuntimeType => typeof(decimal);

    public override object ParseLiteral(ValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            _ => null,
        };

        if (text is null || !decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            throw new ScalarCoercionException($"Decimal cannot represent non numeric value: {Printer.Print(literal)}");
        }

        return result;
    }

    public override object ParseValue(object value) => ToDecimal(value)
        ?? throw new ScalarCoercionException($"Decimal cannot represent non numeric value: {ValueInspector.Inspect(value)}");

    public override object Serialize(object value) => ToDecimal(value)
        ?? throw new ScalarCoercionException($"Decimal cannot represent non numeric value: {ValueInspector.Inspect(value)}");

    public override ValueNode ToLiteral(object value)
    {
        var number = (decimal)ParseValue(value);
        var text = number.ToString(CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? new FloatValueNode { Value = text } : new IntValueNode { Value = text };
    }

    private static decimal? ToDecimal(object value)
    {
        if (value is decimal m)
        {
            return m;
        }

        if (!NumericValue.TryToDouble(value, out var number))
        {
            return null;
        }

        if (NumericValue.TryToInt64(value, out var integral) && value is not double and not float)
        {
            return integral;
        }

        return number is >= (double)decimal.MinValue and <= (double)decimal.MaxValue
            ? decimal.Parse(NumericValue.Format(number), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
    }
}
