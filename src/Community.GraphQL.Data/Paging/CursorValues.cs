using System.Globalization;
using System.Text.Json;

namespace Community.GraphQL.Data.Paging;

/// <summary>Writes and reads sort-key values exactly (dates as ticks, decimals as text), so that a cursor's value equals the stored one.</summary>
internal static class CursorValues
{
    public static void Write(Utf8JsonWriter writer, object? value, Type type)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case DateTime dateTime:
                writer.WriteNumberValue(dateTime.ToBinary());
                break;
            case DateTimeOffset offset:
                writer.WriteStringValue(offset.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteNumberValue(date.DayNumber);
                break;
            case Guid guid:
                writer.WriteStringValue(guid);
                break;
            case decimal number:
                writer.WriteStringValue(number.ToString(CultureInfo.InvariantCulture));
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case Enum:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            default:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    public static object? Read(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return Nullable.GetUnderlyingType(type) is not null || !type.IsValueType ? null : throw new FormatException("A null key value.");
        }

        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            return element.GetString();
        }

        if (plain == typeof(bool))
        {
            return element.GetBoolean();
        }

        if (plain == typeof(DateTime))
        {
            return DateTime.FromBinary(element.GetInt64());
        }

        if (plain == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture);
        }

        if (plain == typeof(DateOnly))
        {
            return DateOnly.FromDayNumber(element.GetInt32());
        }

        if (plain == typeof(Guid))
        {
            return element.GetGuid();
        }

        if (plain == typeof(decimal))
        {
            return decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture);
        }

        if (plain == typeof(double) || plain == typeof(float))
        {
            return Convert.ChangeType(element.GetDouble(), plain, CultureInfo.InvariantCulture);
        }

        if (plain.IsEnum)
        {
            return Enum.ToObject(plain, element.GetInt64());
        }

        return Convert.ChangeType(element.GetInt64(), plain, CultureInfo.InvariantCulture);
    }
}
