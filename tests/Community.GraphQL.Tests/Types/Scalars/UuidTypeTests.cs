using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class UuidTypeTests
{
    private static readonly ScalarType Uuid = ExtendedScalars.UUID;
    private static readonly Guid Expected = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    public void Accepts_uuid_strings(string text)
    {
        Assert.Equal(Expected, Uuid.ParseLiteral(new StringValueNode { Value = text }));
        Assert.Equal(Expected, Uuid.ParseValue(text));
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165")]
    [InlineData("not-a-uuid")]
    [InlineData("")]
    public void Refuses_other_strings(string text)
        => Assert.Equal(
            $"UUID cannot represent an invalid UUID string: \"{text}\"",
            Assert.Throws<ScalarCoercionException>(() => Uuid.ParseValue(text)).Message);

    [Fact]
    public void Refuses_non_string_literals()
        => Assert.Equal(
            "UUID cannot represent a non string value: 12",
            Assert.Throws<ScalarCoercionException>(() => Uuid.ParseLiteral(Parser.ParseConstValue("12"))).Message);

    [Fact]
    public void Serializes_in_hyphenated_lower_case()
        => Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Uuid.Serialize(Expected));
}
