using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>Date</c>: a calendar date without time or offset, written <c>yyyy-MM-dd</c>; the runtime
/// value is a <see cref="DateOnly"/>. Output also accepts the date part of a <see cref="DateTime"/>
/// or <see cref="DateTimeOffset"/>.
/// </summary>
internal sealed class DateType : ScalarType
{
    private const string Format = "yyyy-MM-dd";

    public DateType()
        : base("Date", "A calendar date without a time of day, written as yyyy-MM-dd (an RFC 3339 full-date).", "https://scalars.graphql.org/andimarek/local-date")
    {
    }

    public override Type RuntimeType => typeof(DateOnly);

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException($"Date cannot represent a non string value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        DateOnly date => date,
        _ => throw new ScalarCoercionException($"Date cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object Serialize(object value) => value switch
    {
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        DateTime dateTime => DateOnly.FromDateTime(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset offset => DateOnly.FromDateTime(offset.DateTime).ToString(Format, CultureInfo.InvariantCulture),
        string s => Parse(s).ToString(Format, CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"Date cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static DateOnly Parse(string text)
        => DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ScalarCoercionException($"Date cannot represent an invalid date string: {ValueInspector.Quote(text)}");
}
