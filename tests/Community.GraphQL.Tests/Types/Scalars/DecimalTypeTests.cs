using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class DecimalTypeTests
{
    private static readonly ScalarType Decimal = ExtendedScalars.Decimal;

    [Theory]
    [InlineData("1", "1")]
    [InlineData("0.1", "0.1")]
    [InlineData("12345678901234567890.123456789", "12345678901234567890.123456789")]
    [InlineData("1e2", "100")]
    public void Reads_literals_without_losing_precision(string literal, string expected)
        => Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Decimal.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("\"1\"", "Decimal cannot represent non numeric value: \"1\"")]
    [InlineData("1e40", "Decimal cannot represent non numeric value: 1e40")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Decimal.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    public static TheoryData<object, decimal> ValidValues => new()
    {
        { 1, 1m },
        { 0.1d, 0.1m },
        { 2.5m, 2.5m },
        { 9007199254740993L, 9007199254740993m },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Accepts_numbers(object value, decimal expected) => Assert.Equal(expected, Decimal.ParseValue(value));

    [Theory]
    [InlineData("1")]
    [InlineData(true)]
    public void Refuses_non_numbers(object value)
        => Assert.StartsWith("Decimal cannot represent non numeric value: ", Assert.Throws<ScalarCoercionException>(() => Decimal.ParseValue(value)).Message);

    [Fact]
    public void Serializes_to_a_decimal()
        => Assert.Equal(19.99m, Decimal.Serialize(19.99m));
}
