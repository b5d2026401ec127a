using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class UrlTypeTests
{
    private static readonly ScalarType Url = ExtendedScalars.URL;

    [Theory]
    [InlineData("https://example.com/path?q=1")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("http://localhost:5000/")]
    public void Accepts_absolute_urls(string text)
    {
        Assert.Equal(new Uri(text), Url.ParseLiteral(new StringValueNode { Value = text }));
        Assert.Equal(new Uri(text), Url.ParseValue(text));
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("example.com")]
    [InlineData("")]
    public void Refuses_relative_or_malformed_urls(string text)
        => Assert.Equal(
            $"URL cannot represent an invalid URL: \"{text}\"",
            Assert.Throws<ScalarCoercionException>(() => Url.ParseValue(text)).Message);

    [Fact]
    public void Refuses_non_string_literals()
        => Assert.Equal(
            "URL cannot represent a non string value: true",
            Assert.Throws<ScalarCoercionException>(() => Url.ParseLiteral(Parser.ParseConstValue("true"))).Message);

    [Fact]
    public void Serializes_the_absolute_uri()
        => Assert.Equal("https://example.com/a%20b", Url.Serialize(new Uri("https://example.com/a b")));
}
