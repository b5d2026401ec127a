using System.Globalization;
using System.Text.RegularExpressions;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>DateTime</c>: an instant with its offset, as an RFC 3339 date-time string
/// (<c>2024-05-01T12:30:00.000Z</c>); the runtime value is a <see cref="DateTimeOffset"/>.
/// Input requires the offset (<c>Z</c> or <c>+02:00</c>); output writes milliseconds and
/// <c>Z</c> for UTC, as HotChocolate does. A <see cref="DateTime"/> of unspecified kind is taken as UTC.
/// </summary>
internal sealed partial class DateTimeType : ScalarType
{
    private const string UtcFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffZ";
    private const string OffsetFormat = "yyyy-MM-ddTHH\\:mm\\:ss.fffzzz";

    public DateTimeType()
        : base("DateTime", "A date and time with an offset from UTC, written as an RFC 3339 date-time string.", "https://scalars.graphql.org/andimarek/date-time")
    {
    }

    public override Type RuntimeType => typeof(DateTimeOffset);

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException($"DateTime cannot represent a non string value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        DateTimeOffset offset => offset,
        DateTime dateTime => ToOffset(dateTime),
        _ => throw new ScalarCoercionException($"DateTime cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object Serialize(object value) => value switch
    {
        DateTimeOffset offset => Format(offset),
        DateTime dateTime => Format(ToOffset(dateTime)),
        string s => Format(Parse(s)),
        _ => throw new ScalarCoercionException($"DateTime cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static DateTimeOffset Parse(string text)
    {
        var match = Rfc3339().Match(text);
        if (match.Success
            && match.Groups["hour"].Value != "24"
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var result))
        {
            return result;
        }

        throw new ScalarCoercionException($"DateTime cannot represent an invalid date-time string: {ValueInspector.Quote(text)}");
    }

    private static DateTimeOffset ToOffset(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc)),
    };

    private static string Format(DateTimeOffset value)
        => value.ToString(value.Offset == TimeSpan.Zero ? UtcFormat : OffsetFormat, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt](?<hour>[0-9]{2}):[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
