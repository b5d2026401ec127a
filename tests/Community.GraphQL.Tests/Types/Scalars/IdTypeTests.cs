using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types.Scalars;

public class IdTypeTests
{
    private static readonly ScalarType Id = BuiltInScalars.ID;

    [Theory]
    [InlineData("\"UG9zdDox\"", "UG9zdDox")]
    [InlineData("42", "42")]
    [InlineData("-1", "-1")]
    public void Accepts_string_and_int_literals_as_strings(string literal, string expected)
        => Assert.Equal(expected, Id.ParseLiteral(Parser.ParseConstValue(literal)));

    [Theory]
    [InlineData("1.5", "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData("true", "ID cannot represent a non-string and non-integer value: true")]
    [InlineData("ID", "ID cannot represent a non-string and non-integer value: ID")]
    public void Refuses_other_literals(string literal, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Id.ParseLiteral(Parser.ParseConstValue(literal))).Message);

    public static TheoryData<object, string> ValidValues => new()
    {
        { "abc", "abc" },
        { 1, "1" },
        { 12345678901L, "12345678901" },
        { 3.0d, "3" },
    };

    [Theory]
    [MemberData(nameof(ValidValues))]
    public void Accepts_string_and_integer_values(object value, string expected)
        => Assert.Equal(expected, Id.ParseValue(value));

    public static TheoryData<object, string> InvalidValues => new()
    {
        { 1.5d, "ID cannot represent value: 1.5" },
        { true, "ID cannot represent value: true" },
        { new List<object?>(), "ID cannot represent value: []" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void Refuses_other_values(object value, string message)
        => Assert.Equal(message, Assert.Throws<ScalarCoercionException>(() => Id.ParseValue(value)).Message);

    [Fact]
    public void Serializes_strings_integers_and_guids_as_strings()
    {
        Assert.Equal("x", Id.Serialize("x"));
        Assert.Equal("7", Id.Serialize(7));
        Assert.Equal("7", Id.Serialize(7L));
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Id.Serialize(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e")));
    }

    [Fact]
    public void Refuses_to_serialize_booleans()
        => Assert.Equal("ID cannot represent value: true", Assert.Throws<ScalarCoercionException>(() => Id.Serialize(true)).Message);

    [Fact]
    public void Writes_integer_ids_as_int_literals_and_others_as_strings()
    {
        Assert.IsType<IntValueNode>(Id.ToLiteral("12"));
        Assert.IsType<StringValueNode>(Id.ToLiteral("012"));
        Assert.IsType<StringValueNode>(Id.ToLiteral("UG9zdDox"));
    }
}
