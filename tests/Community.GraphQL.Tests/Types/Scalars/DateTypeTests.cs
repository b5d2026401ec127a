using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class DateTypeTests
{
    private static readonly ScalarType Date = ExtendedScalars.Date;

    [Theory]
    [InlineData("2024-05-01", 2024, 5, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void Accepts_full_dates(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Date.ParseLiteral(new StringValueNode { Value = text }));
        Assert.Equal(new DateOnly(year, month, day), Date.ParseValue(text));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-5-1")]
    [InlineData("2024-05-01T00:00:00Z")]
    [InlineData("01/05/2024")]
    public void Refuses_other_strings(string text)
        => Assert.Equal(
            $"Date cannot represent an invalid date string: \"{text}\"",
            Assert.Throws<ScalarCoercionException>(() => Date.ParseValue(text)).Message);

    [Fact]
    public void Refuses_non_string_literals()
        => Assert.Equal(
            "Date cannot represent a non string value: 20240501",
            Assert.Throws<ScalarCoercionException>(() => Date.ParseLiteral(Parser.ParseConstValue("20240501"))).Message);

    public static TheoryData<object, string> SerializableValues => new()
    {
        { new DateOnly(2024, 5, 1), "2024-05-01" },
        { new DateTime(2024, 5, 1, 23, 0, 0, DateTimeKind.Utc), "2024-05-01" },
        { new DateTimeOffset(2024, 5, 1, 23, 0, 0, TimeSpan.FromHours(-5)), "2024-05-01" },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_the_date_part(object value, string expected) => Assert.Equal(expected, Date.Serialize(value));
}
