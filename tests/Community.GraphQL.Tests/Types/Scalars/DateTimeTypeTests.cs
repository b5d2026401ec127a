using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class DateTimeTypeTests
{
    private static readonly ScalarType DateTime = ExtendedScalars.DateTime;

    [Fact]
    public void Is_specified_by_the_date_time_scalar_spec()
        => Assert.Equal("https://scalars.graphql.org/andimarek/date-time", DateTime.SpecifiedByUrl);

    [Theory]
    [InlineData("2024-05-01T12:30:00Z", "2024-05-01T12:30:00+00:00")]
    [InlineData("2024-05-01T12:30:00.123Z", "2024-05-01T12:30:00.1230000+00:00")]
    [InlineData("2024-05-01t12:30:00z", "2024-05-01T12:30:00+00:00")]
    [InlineData("2024-05-01T12:30:00+02:00", "2024-05-01T12:30:00+02:00")]
    [InlineData("2024-05-01T12:30:00.1234567-05:30", "2024-05-01T12:30:00.1234567-05:30")]
    public void Accepts_rfc3339_date_times_with_an_offset(string text, string expected)
    {
        var expectedValue = DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expectedValue, DateTime.ParseLiteral(new StringValueNode { Value = text }));
        Assert.Equal(expectedValue, DateTime.ParseValue(text));
    }

    [Theory]
    [InlineData("2024-05-01T12:30:00")]
    [InlineData("2024-05-01")]
    [InlineData("2024-05-01T24:00:00Z")]
    [InlineData("2024-13-01T12:30:00Z")]
    [InlineData("2024-05-01 12:30:00Z")]
    [InlineData("yesterday")]
    public void Refuses_strings_that_are_not_rfc3339_with_an_offset(string text)
        => Assert.Equal(
            $"DateTime cannot represent an invalid date-time string: \"{text}\"",
            Assert.Throws<ScalarCoercionException>(() => DateTime.ParseValue(text)).Message);

    [Fact]
    public void Refuses_non_string_literals()
        => Assert.Equal(
            "DateTime cannot represent a non string value: 1",
            Assert.Throws<ScalarCoercionException>(() => DateTime.ParseLiteral(Parser.ParseConstValue("1"))).Message);

    public static TheoryData<object, string> SerializableValues => new()
    {
        { new DateTimeOffset(2024, 5, 1, 12, 30, 0, 123, TimeSpan.Zero), "2024-05-01T12:30:00.123Z" },
        { new DateTimeOffset(2024, 5, 1, 12, 30, 0, TimeSpan.FromHours(2)), "2024-05-01T12:30:00.000+02:00" },
        { new System.DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Utc), "2024-05-01T12:30:00.000Z" },
        { new System.DateTime(2024, 5, 1, 12, 30, 0, DateTimeKind.Unspecified), "2024-05-01T12:30:00.000Z" },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_with_milliseconds_and_z_for_utc(object value, string expected)
        => Assert.Equal(expected, DateTime.Serialize(value));

    [Fact]
    public void Refuses_to_serialize_numbers()
        => Assert.Equal("DateTime cannot represent value: 1", Assert.Throws<ScalarCoercionException>(() => DateTime.Serialize(1)).Message);
}
