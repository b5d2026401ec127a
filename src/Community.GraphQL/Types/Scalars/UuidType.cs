using System.Globalization;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// <c>UUID</c> (HotChocolate's name): a <see cref="Guid"/>, written in the hyphenated
/// lower-case form (<c>0f8fad5b-d9cb-469f-a165-70867728950e</c>). Input accepts the forms
/// <see cref="Guid.TryParse(string, out Guid)"/> reads.
/// </summary>
internal sealed class UuidType : ScalarType
{
    public UuidType()
        : base("UUID", "A universally unique identifier (RFC 4122), written as 32 hexadecimal digits in hyphenated groups.", "https://tools.ietf.org/html/rfc4122")
    {
    }

    public override Type RuntimeType => typeof(Guid);

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException($"UUID cannot represent a non string value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        Guid g => g,
        _ => throw new ScalarCoercionException($"UUID cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object Serialize(object value) => value switch
    {
        Guid g => g.ToString("D", CultureInfo.InvariantCulture),
        string s => Parse(s).ToString("D", CultureInfo.InvariantCulture),
        _ => throw new ScalarCoercionException($"UUID cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static Guid Parse(string text) => Guid.TryParse(text, out var guid)
        ? guid
        : throw new ScalarCoercionException($"UUID cannot represent an invalid UUID string: {ValueInspector.Quote(text)}");
}
