using System.Globalization;

namespace Community.GraphQL.Types;

/// <summary>
/// Reads CLR numbers of any width the way JavaScript sees numbers: a variable's JSON number may
/// arrive as int, long, double or decimal, and <c>1.0</c> is as much an integer as <c>1</c>.
/// </summary>
internal static class NumericValue
{
    public static bool IsNumber(object value)
        => value is int or long or short or byte or sbyte or uint or ulong or ushort or double or float or decimal;

    /// <summary>True for integral CLR numbers and for finite floating values without a fraction.</summary>
    public static bool IsInteger(object value) => value switch
    {
        int or long or short or byte or sbyte or uint or ulong or ushort => true,
        double d => double.IsFinite(d) && Math.Floor(d) == d,
        float f => float.IsFinite(f) && MathF.Floor(f) == f,
        decimal m => decimal.Truncate(m) == m,
        _ => false,
    };

    /// <summary>The value as a 32-bit integer, when it is an integer in range.</summary>
    public static bool TryToInt32(object value, out int result)
    {
        if (TryToInt64(value, out var wide) && wide is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)wide;
            return true;
        }

        result = 0;
        return false;
    }

    /// <summary>The value as a 64-bit integer, when it is an integer in range.</summary>
    public static bool TryToInt64(object value, out long result)
    {
        switch (value)
        {
            case int i:
                result = i;
                return true;
            case long l:
                result = l;
                return true;
            case short s:
                result = s;
                return true;
            case byte b:
                result = b;
                return true;
            case sbyte sb:
                result = sb;
                return true;
            case uint ui:
                result = ui;
                return true;
            case ushort us:
                result = us;
                return true;
            case ulong ul when ul <= long.MaxValue:
                result = (long)ul;
                return true;
            case double d when IsInteger(d) && d >= -9.2233720368547758E18 && d < 9.2233720368547758E18:
                result = (long)d;
                return true;
            case float f when IsInteger(f) && f >= -9.2233720368547758E18f && f < 9.2233720368547758E18f:
                result = (long)f;
                return true;
            case decimal m when IsInteger(m) && m >= long.MinValue && m <= long.MaxValue:
                result = (long)m;
                return true;
            default:
                result = 0;
                return false;
        }
    }

    /// <summary>The value as a finite double, when it is a CLR number.</summary>
    public static bool TryToDouble(object value, out double result)
    {
        if (IsNumber(value))
        {
            result = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            return double.IsFinite(result);
        }

        result = 0;
        return false;
    }

    /// <summary>JavaScript's <c>Number(text)</c> for the texts that matter here: blank text is not a number.</summary>
    public static bool TryParseNumber(string text, out double result)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0
            && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && double.IsFinite(result))
        {
            return true;
        }

        result = double.NaN;
        return false;
    }

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> does for common values.</summary>
    public static string Format(object number) => number switch
    {
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(number, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        if (d == 0)
        {
            return "0";
        }

        // JavaScript's Number::toString: the shortest round-trip digits, written plainly when the
        // decimal point falls within (-7, 21] digits of them, in exponent form otherwise.
        var shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var allDigits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var digits = allDigits.TrimStart('0');
        var n = (point < 0 ? mantissa.Length : point) + exponent - (allDigits.Length - digits.Length);
        digits = digits.TrimEnd('0');
        var k = digits.Length;
        var sign = d < 0 ? "-" : string.Empty;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var exponentText = (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        return sign + (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + exponentText;
    }
}
