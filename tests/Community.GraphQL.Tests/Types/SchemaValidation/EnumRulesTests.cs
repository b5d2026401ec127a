namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class EnumRulesTests
{
    [Fact]
    public void An_enum_with_values_is_valid() => SchemaErrors.Valid("type Query { e: E } enum E { A B }");

    [Fact]
    public void An_enum_must_have_values()
        => Assert.Equal(["Enum type E must define one or more values."], SchemaErrors.Of("type Query { e: E } enum E"));

    [Fact]
    public void Enum_values_are_unique()
        => Assert.Equal(
            ["Enum value \"E.A\" can only be defined once."],
            SchemaErrors.Of("type Query { e: E } enum E { A } extend enum E { A }"));
}
