using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary><c>URL</c>: an absolute URL (RFC 3986); the runtime value is a <see cref="Uri"/>.</summary>
internal sealed class UrlType : ScalarType
{
    public UrlType()
        : base("URL", "An absolute URL as RFC 3986 defines it, such as https://example.com/path.", "https://tools.ietf.org/html/rfc3986")
    {
    }

    public override Type RuntimeType => typeof(Uri);

    public override object ParseLiteral(ValueNode literal) => literal is StringValueNode s
        ? Parse(s.Value)
        : throw new ScalarCoercionException($"URL cannot represent a non string value: {Printer.Print(literal)}");

    public override object ParseValue(object value) => value switch
    {
        string s => Parse(s),
        Uri { IsAbsoluteUri: true } uri => uri,
        _ => throw new ScalarCoercionException($"URL cannot represent a non string value: {ValueInspector.Inspect(value)}"),
    };

    public override object Serialize(object value) => value switch
    {
        Uri { IsAbsoluteUri: true } uri => uri.AbsoluteUri,
        string s => Parse(s).AbsoluteUri,
        _ => throw new ScalarCoercionException($"URL cannot represent value: {ValueInspector.Inspect(value)}"),
    };

    public override ValueNode ToLiteral(object value) => new StringValueNode { Value = (string)Serialize(value) };

    private static Uri Parse(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && !text.StartsWith('/')
        ? uri
        : throw new ScalarCoercionException($"URL cannot represent an invalid URL: {ValueInspector.Quote(text)}");
}
