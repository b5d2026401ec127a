using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class BooleanTypeTests
{
    private static readonly ScalarType Boolean = BuiltInScalars.Boolean;

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Accepts_boolean_literals(string literal, bool expected)
        => Assert.Equal(expected, Boolean.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("1", "Boolean cannot represent a non boolean value: 1")]
    [InlineData("\"true\"", "Boolean cannot represent a non boolean value: \"true\"")]
    [InlineData("TRUE", "Boolean cannot represent a non boolean value: TRUE")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Boolean.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Accepts_boolean_values(bool value) => Assert.Equal(value, Boolean.ParseValue(value));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { 1, "Boolean cannot represent a non boolean value: 1" },
        { 0d, "Boolean cannot represent a non boolean value: 0" },
        { "false", "Boolean cannot represent a non boolean value: \"false\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Boolean.ParseValue(value)).Message);

    public static TheoryData<object, bool> SerializableValues => new()
    {
        { true, true },
        { false, false },
        { 1, true },
        { 0, false },
        { 0.5d, true },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_booleans_and_numbers(object value, bool expected)
        => Assert.Equal(expected, Boolean.Serialize(value));

    [Fact]
    public void Refuses_to_serialize_strings()
        => Assert.Equal(
            "Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<ScalarCoercionException>(() => Boolean.Serialize("true")).Message);
}
