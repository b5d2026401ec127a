namespace Community.GraphQL.Tests.Types.SchemaValidation;

public class DirectiveRulesTests
{
    private const string Query = "type Query { a: String } ";

    [Fact]
    public void A_directive_with_input_arguments_and_locations_is_valid()
        => SchemaErrors.Valid(Query + "directive @cache(maxAge: Int = 60, scope: Scope) repeatable on FIELD_DEFINITION | OBJECT enum Scope { PUBLIC }");

    [Fact]
    public void Directive_arguments_must_be_input_types()
        => Assert.Equal(
            ["The type of @d(q:) must be Input Type but got: Query."],
            SchemaErrors.Of(Query + "directive @d(q: Query) on FIELD"));

    [Fact]
    public void Required_directive_arguments_cannot_be_deprecated()
        => Assert.Equal(
            ["Required argument @d(x:) cannot be deprecated."],
            SchemaErrors.Of(Query + "directive @d(x: Int! @deprecated) on FIELD"));

    [Fact]
    public void Directive_argument_names_are_unique()
        => Assert.Equal(
            ["Argument \"@d(x:)\" can only be defined once."],
            SchemaErrors.Of(Query + "directive @d(x: Int, x: Int) on FIELD"));

    [Fact]
    public void Directive_names_are_unique()
        => Assert.Equal(
            ["There can be only one directive named \"@d\"."],
            SchemaErrors.Of(Query + "directive @d on FIELD directive @d on OBJECT"));

    [Fact]
    public void Directives_need_a_location()
        => Assert.Equal(
            ["Directive @d must include 1 or more locations."],
            SchemaErrors.Of(new Community.GraphQL.Types.SchemaBuilder().QueryType(q => q.Field("a", "String")).Directive("d", d => d.Argument("x", "Int"))));
}
