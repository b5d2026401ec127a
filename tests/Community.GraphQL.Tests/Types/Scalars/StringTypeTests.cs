using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class StringTypeTests
{
    private static readonly ScalarType String = BuiltInScalars.String;

    [Theory]
    [InlineData("\"hello\"", "hello")]
    [InlineData("\"\"", "")]
    [InlineData("\"\"\"block\"\"\"", "block")]
    public void Accepts_string_literals(string literal, string expected)
        => Assert.Equal(expected, String.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("1", "String cannot represent a non string value: 1")]
    [InlineData("1.5", "String cannot represent a non string value: 1.5")]
    [InlineData("true", "String cannot represent a non string value: true")]
    [InlineData("FOO", "String cannot represent a non string value: FOO")]
    [InlineData("[\"a\"]", "String cannot represent a non string value: [\"a\"]")]
    [InlineData("{a: \"b\"}", "String cannot represent a non string value: { a: \"b\" }")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => String.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    [Fact]
    public void Accepts_string_values()
        => Assert.Equal("é", String.ParseValue("é"));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { 1, "String cannot represent a non string value: 1" },
        { 1.5d, "String cannot represent a non string value: 1.5" },
        { true, "String cannot represent a non string value: true" },
        { new List<object?> { "a" }, "String cannot represent a non string value: [\"a\"]" },
        { new Dictionary<string, object?> { ["a"] = 1 }, "String cannot represent a non string value: { a: 1 }" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => String.ParseValue(value)).Message);

    public static TheoryData<object, string> SerializableValues => new()
    {
        { "text", "text" },
        { true, "true" },
        { false, "false" },
        { 42, "42" },
        { -1.5d, "-1.5" },
        { 3L, "3" },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serializes_strings_booleans_and_numbers(object value, string expected)
        => Assert.Equal(expected, String.Serialize(value));

    [Fact]
    public void Refuses_to_serialize_other_objects()
        => Assert.Equal(
            "String cannot represent value: [1]",
            Assert.Throws<ScalarCoercionException>(() => String.Serialize(new List<object?> { 1 })).Message);
}
