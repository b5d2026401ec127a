using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary><c>Long</c>: a signed 64-bit integer, with the same rules as <c>Int</c> over the wider range.</summary>
internal sealed class LongType : ScalarType
{
    public LongType()
        : base("Long", "A signed whole number that fits in 64 bits, from -9223372036854775808 to 9223372036854775807.")
    {
    }

    public override Type RuntimeType => typeof(long);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!long.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    public override object ParseValue(object value)
    {
        if (!NumericValue.IsInteger(value))
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (!NumericValue.TryToInt64(value, out var result))
        {
            throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {NumericValue.Format(value)}");
        }

        return result;
    }

    public override object Serialize(object value)
    {
        object number = value;
        if (value is bool b)
        {
            return b ? 1L : 0L;
        }

        if (value is string s && s.Length > 0)
        {
            number = long.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exact)
                ? exact
                : NumericValue.TryParseNumber(s, out var parsed) ? (object)parsed : double.NaN;
        }

        if (!NumericValue.IsInteger(number))
        {
            throw new ScalarCoercionException($"Long cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (!NumericValue.TryToInt64(number, out var result))
        {
            throw new ScalarCoercionException($"Long cannot represent non 64-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return result;
    }

    public override ValueNode ToLiteral(object value)
        => new IntValueNode { Value = ((long)ParseValue(value)).ToString(CultureInfo.InvariantCulture) };
}
