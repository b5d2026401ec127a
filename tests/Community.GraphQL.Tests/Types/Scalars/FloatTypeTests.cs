using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class FloatTypeTests
{
    private static readonly ScalarType Float = BuiltInScalars.Float;

    [Theory]
    [InlineData("1", 1d)]
    [InlineData("-1.5", -1.5d)]
    [InlineData("1e3", 1000d)]
    [InlineData("0.25", 0.25d)]
    public void Accepts_int_and_float_literals(string literal, double expected)
        => Assert.Equal(expected, Float.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("\"1.5\"", "Float cannot represent non numeric value: \"1.5\"")]
    [InlineData("true", "Float cannot represent non numeric value: true")]
    [InlineData("PI", "Float cannot represent non numeric value: PI")]
    [InlineData("1e400", "Float cannot represent non numeric value: 1e400")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Float.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    public static TheoryData<object, double> ValidValues => new()
    {
        { 1, 1d },
        { 2L, 2d },
        { 1.5d, 1.5d },
        { 0.5f, 0.5d },
        { 2.25m, 2.25d },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Accepts_any_finite_number(object value, double expected)
        => Assert.Equal(expected, Float.ParseValue(value));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { "1.5", "Float cannot represent non numeric value: \"1.5\"" },
        { false, "Float cannot represent non numeric value: false" },
        { double.NaN, "Float cannot represent non numeric value: NaN" },
        { double.PositiveInfinity, "Float cannot represent non numeric value: Infinity" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Float.ParseValue(value)).Message);

    public static TheoryData<object, double> SerializableValues => new()
    {
        { 1, 1d },
        { -1.1d, -1.1d },
        { true, 1d },
        { "3.5", 3.5d },
        { 4m, 4d },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_numbers_booleans_and_numeric_strings(object value, double expected)
        => Assert.Equal(expected, Float.Serialize(value));

    [Theory]
    [InlineData("one", "Float cannot represent non numeric value: \"one\"")]
    [InlineData("", "Float cannot represent non numeric value: \"\"")]
    public void Refuses_to_serialize_non_numeric_strings(string value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Float.Serialize(value)).Message);

    [Fact]
    public void Writes_integral_values_as_int_literals_and_others_as_float_literals()
    {
        Assert.Equal("2", Assert.IsType<IntValueNode>(Float.ToLiteral(2d)).Value);
        Assert.Equal("2.5", Assert.IsType<FloatValueNode>(Float.ToLiteral(2.5d)).Value);
    }
}
