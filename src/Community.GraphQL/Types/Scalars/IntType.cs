using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>Int</c>: a signed 32-bit integer. Input accepts integer literals and integral numbers in
/// range (<c>1.0</c> included, as in graphql-js); output also turns booleans and numeric
/// strings into integers, as graphql-js does.
/// </summary>
internal sealed class IntType : ScalarType
{
    public IntType()
        : base("Int", "A signed whole number that fits in 32 bits, from -2147483648 to 2147483647.")
    {
    }

    public override Type RuntimeType => typeof(int);

    public override object ParseLiteral(ValueNode literal)
    {
        if (literal is not IntValueNode intValue)
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {Printer.Print(literal)}");
        }

        if (!int.TryParse(intValue.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {intValue.Value}");
        }

        return result;
    }

    public override object ParseValue(object value)
    {
        if (!NumericValue.IsInteger(value))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (!NumericValue.TryToInt32(value, out var result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {NumericValue.Format(value)}");
        }

        return result;
    }

    public override object Serialize(object value)
    {
        object number = value;
        if (value is bool b)
        {
            return b ? 1 : 0;
        }

        if (value is string s && s.Length > 0)
        {
            number = NumericValue.TryParseNumber(s, out var parsed) ? parsed : double.NaN;
        }

        if (!NumericValue.IsInteger(number))
        {
            throw new ScalarCoercionException($"Int cannot represent non-integer value: {ValueInspector.Inspect(value)}");
        }

        if (!NumericValue.TryToInt32(number, out var result))
        {
            throw new ScalarCoercionException($"Int cannot represent non 32-bit signed integer value: {ValueInspector.Inspect(value)}");
        }

        return result;
    }

    public override ValueNode ToLiteral(object value)
    {
        var result = (int)ParseValue(value);
        return new IntValueNode { Value = result.ToString(CultureInfo.InvariantCulture) };
    }
}
