using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class IntTypeTests
{
    private static readonly ScalarType Int = BuiltInScalars.Int;

    [Theory]
    [InlineData("0", 0)]
    [InlineData("-1", -1)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Accepts_integer_literals_in_range(string literal, int expected)
        => Assert.Equal(expected, Int.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("1.5", "Int cannot represent non-integer value: 1.5")]
    [InlineData("1.0", "Int cannot represent non-integer value: 1.0")]
    [InlineData("\"1\"", "Int cannot represent non-integer value: \"1\"")]
    [InlineData("true", "Int cannot represent non-integer value: true")]
    [InlineData("ONE", "Int cannot represent non-integer value: ONE")]
    [InlineData("[1]", "Int cannot represent non-integer value: [1]")]
    [InlineData("2147483648", "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("-2147483649", "Int cannot represent non 32-bit signed integer value: -2147483649")]
    [InlineData("99999999999999999999999", "Int cannot represent non 32-bit signed integer value: 99999999999999999999999")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Int.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    public static TheoryData<object, int> ValidValues => new()
    {
        { 1, 1 },
        { 7L, 7 },
        { 1.0d, 1 },
        { -3.0f, -3 },
        { 12m, 12 },
        { (short)5, 5 },
        { (byte)5, 5 },
        { 2147483647L, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Accepts_integral_variable_values_of_any_numeric_clr_type(object value, int expected)
        => Assert.Equal(expected, Int.ParseValue(value));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { 1.5d, "Int cannot represent non-integer value: 1.5" },
        { 0.1m, "Int cannot represent non-integer value: 0.1" },
        { "1", "Int cannot represent non-integer value: \"1\"" },
        { true, "Int cannot represent non-integer value: true" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { 2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648" },
        { -2147483649d, "Int cannot represent non 32-bit signed integer value: -2147483649" },
        { 1e20d, "Int cannot represent non 32-bit signed integer value: 100000000000000000000" },
        { new List<object?> { 1 }, "Int cannot represent non-integer value: [1]" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_variable_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Int.ParseValue(value)).Message);

    public static TheoryData<object, int> SerializableValues => new()
    {
        { 1, 1 },
        { 1L, 1 },
        { 1.0d, 1 },
        { true, 1 },
        { false, 0 },
        { "123", 123 },
        { (short)-4, -4 },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_integers_booleans_and_numeric_strings(object value, int expected)
        => Assert.Equal(expected, Int.Serialize(value));

    public static TheoryData<object, string> UnserializableValues => new()
    {
        { 0.1d, "Int cannot represent non-integer value: 0.1" },
        { "", "Int cannot represent non-integer value: \"\"" },
        { "one", "Int cannot represent non-integer value: \"one\"" },
        { 9876504321L, "Int cannot represent non 32-bit signed integer value: 9876504321" },
        { "-9876504321", "Int cannot represent non 32-bit signed integer value: \"-9876504321\"" },
    };

    [Theory]
    [MemberData(nameof(UnserializableValues))]
    public void Refuses_to_serialize_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Int.Serialize(value)).Message);

    [Fact]
    public void Writes_an_int_literal()
        => Assert.Equal("42", Assert.IsType<IntValueNode>(Int.ToLiteral(42)).Value);
}
