using System.Text.Json;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class ArgumentCoercionTests
{
    private const string OneOf =
        "Within OneOf Input Object type \"Filter\", exactly one field must be specified, and the value for that field must be non-null.";

    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.echo", ctx => JsonSerializer.Serialize(ctx.Arguments))
        .Resolve("Query.greet", ctx => $"Hello {ctx.Argument<string>("name")} x{ctx.Argument<long>("times")}")
        .Resolve("Query.has", ctx => ctx.HasArgument("n"))
        .Build("""
            input Point { x: Int! y: Int = 0 }
            input Filter @oneOf { id: ID name: String }
            enum Color { RED GREEN }
            type Query {
              echo(n: Int, list: [Int], point: Point, filter: Filter, color: Color, withDefault: String = "d"): String
              greet(name: String! = "World", times: Int = 1): String
              has(n: Int): Boolean
            }
            """);

    private static FieldDefinition Echo => Schema.QueryType.GetField("echo")!;

    private static readonly FieldDefinition StrictList = new("strict", BuiltInScalars.String, [new ArgumentDefinition("list", new ListType(new NonNullType(BuiltInScalars.Int)))]);

    private static IReadOnlyDictionary<string, object?> Coerce(string field, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var node = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ " + field + " }").Definitions[0]).SelectionSet.Selections[0];
        return ArgumentCoercion.Coerce(Echo, node.Arguments, variables, node);
    }

    private static GraphQLError CoerceError(string field, IReadOnlyDictionary<string, object?>? variables = null, FieldDefinition? definition = null)
    {
        var node = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ " + field + " }").Definitions[0]).SelectionSet.Selections[0];
        var exception = Assert.Throws<GraphQLException>(() => ArgumentCoercion.Coerce(definition ?? Echo, node.Arguments, variables, node));
        var error = Assert.Single(exception.Errors);
        Assert.Equal(ErrorCodes.InvalidArgument, error.Code);
        return error;
    }

    [Fact]
    public async Task Literal_arguments_and_defaults_reach_the_resolver()
    {
        Json("""{"data":{"greet":"Hello Ada x3","default":"Hello World x1"}}""",
            await ExecuteAsync(Schema, """{ greet(name: "Ada", times: 3) default: greet }"""));
    }

    [Fact]
    public async Task Absent_arguments_without_default_are_absent()
    {
        Json("""{"data":{"has":false,"given":true,"nullGiven":true}}""",
            await ExecuteAsync(Schema, "{ has given: has(n: 1) nullGiven: has(n: null) }"));
    }

    [Fact]
    public void Literals_coerce_to_internal_values()
    {
        var args = Coerce("""echo(n: 1, list: 2, point: { x: 1 }, filter: { name: "a" }, color: GREEN)""");
        Assert.Equal(
            """{"n":1,"list":[2],"point":{"x":1,"y":0},"filter":{"name":"a"},"color":"GREEN","withDefault":"d"}""",
            JsonSerializer.Serialize(args));
    }

    [Fact]
    public void Variables_inside_literals_are_substituted()
    {
        var args = Coerce("echo(list: [1, $a, $missing], point: { x: $x })", new Dictionary<string, object?> { ["a"] = 2, ["x"] = 5 });
        Assert.Equal("""{"list":[1,2,null],"point":{"x":5,"y":0},"withDefault":"d"}""", JsonSerializer.Serialize(args));
    }

    [Fact]
    public void A_missing_required_argument_is_a_field_error()
    {
        var definition = new FieldDefinition("need", BuiltInScalars.String, [new ArgumentDefinition("id", new NonNullType(BuiltInScalars.ID))]);
        Assert.Equal("Argument \"need(id:)\" of required type \"ID!\" was not provided.", CoerceError("need", definition: definition).Message);
    }

    [Fact]
    public void A_required_argument_whose_variable_was_not_provided_is_a_field_error()
    {
        var definition = new FieldDefinition("need", BuiltInScalars.String, [new ArgumentDefinition("id", new NonNullType(BuiltInScalars.ID))]);
        Assert.Equal(
            "Argument \"need(id:)\" has invalid value: Expected variable \"$v\" provided to type \"ID!\" to provide a runtime value.",
            CoerceError("need(id: $v)", definition: definition).Message);
    }

    [Fact]
    public void A_null_variable_for_a_non_null_argument_is_a_field_error()
    {
        var definition = new FieldDefinition("need", BuiltInScalars.String, [new ArgumentDefinition("id", new NonNullType(BuiltInScalars.ID))]);
        var error = CoerceError("need(id: $v)", new Dictionary<string, object?> { ["v"] = null }, definition);
        Assert.Equal("Argument \"need(id:)\" has invalid value: Expected variable \"$v\" provided to non-null type \"ID!\" not to be null.", error.Message);
    }

    [Fact]
    public void A_null_variable_inside_a_literal_is_reported_at_the_variable_with_its_path()
    {
        var error = CoerceError("echo(list: [1, $v], point: { x: 1 })", new Dictionary<string, object?> { ["v"] = null }, StrictList);
        Assert.Equal("Argument \"strict(list:)\" has invalid value at [1]: Expected variable \"$v\" provided to non-null type \"Int!\" not to be null.", error.Message);
        Assert.Equal(new SourceLocation(1, 18), Assert.Single(error.Locations!));
    }

    [Fact]
    public void An_argument_error_names_the_argument_s_schema_coordinate_in_its_extensions()
        => Assert.Equal("Query.echo(n:)", CoerceError("echo(n: \"x\")").Extensions!["coordinate"]);

    [Theory]
    [InlineData("echo(n: \"x\")", "Argument \"Query.echo(n:)\" has invalid value: Int cannot represent non-integer value: \"x\"")]
    [InlineData("echo(point: { y: 1 })", "Argument \"Query.echo(point:)\" has invalid value: Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }.")]
    [InlineData("echo(filter: { id: 1, name: \"a\" })", "Argument \"Query.echo(filter:)\" has invalid value: " + OneOf)]
    [InlineData("echo(filter: { id: null })", "Argument \"Query.echo(filter:)\" has invalid value at .id: " + OneOf)]
    [InlineData("echo(color: BLUE)", "Argument \"Query.echo(color:)\" has invalid value: Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("echo(list: [1, \"b\"])", "Argument \"Query.echo(list:)\" has invalid value at [1]: Int cannot represent non-integer value: \"b\"")]
    [InlineData("echo(point: { x: 1, color: 2 })", "Argument \"Query.echo(point:)\" has invalid value: Expected value of type \"Point\" not to include unknown field \"color\", found: { x: 1, color: 2 }.")]
    public void An_invalid_literal_is_a_field_error(string field, string message)
    {
        Assert.Equal(message, CoerceError(field).Message);
    }

    [Fact]
    public void A_missing_variable_for_an_argument_with_a_default_takes_the_default()
    {
        Assert.Equal("d", Coerce("echo(withDefault: $nope)")["withDefault"]);
    }

    [Fact]
    public void Input_objects_with_CreateValue_reach_resolvers_as_that_value()
    {
        var point = Schema.GetType<InputObjectType>("Point")!;
        var literal = Parser.ParseValue("{ x: 3 }");
        var type = new InputObjectType("P");
        type.Define(point.Fields);
        type.CreateValue = fields => ((int)fields["x"]!, (int)fields["y"]!);
        Assert.Equal((3, 0), LiteralCoercion.ValueFromLiteral(literal, type, null));
    }
}
