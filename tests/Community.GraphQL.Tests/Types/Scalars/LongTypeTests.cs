using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class LongTypeTests
{
    private static readonly ScalarType Long = ExtendedScalars.Long;

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    [InlineData("2147483648", 2147483648L)]
    public void Accepts_64_bit_integer_literals(string literal, long expected)
        => Assert.Equal(expected, Long.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("9223372036854775808", "Long cannot represent non 64-bit signed integer value: 9223372036854775808")]
    [InlineData("1.5", "Long cannot represent non-integer value: 1.5")]
    [InlineData("\"1\"", "Long cannot represent non-integer value: \"1\"")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Long.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    public static TheoryData<object, long> ValidValues => new()
    {
        { 1, 1L },
        { 9007199254740993L, 9007199254740993L },
        { 4.0d, 4L },
        { 10m, 10L },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Accepts_integral_values(object value, long expected) => Assert.Equal(expected, Long.ParseValue(value));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { 1.5d, "Long cannot represent non-integer value: 1.5" },
        { "1", "Long cannot represent non-integer value: \"1\"" },
        { ulong.MaxValue, "Long cannot represent non 64-bit signed integer value: 18446744073709551615" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Long.ParseValue(value)).Message);

    [Fact]
    public void Serializes_integers_as_longs()
    {
        Assert.Equal(5L, Long.Serialize(5));
        Assert.Equal(9007199254740993L, Long.Serialize("9007199254740993"));
    }
}
