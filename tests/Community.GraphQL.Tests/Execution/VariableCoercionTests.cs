using System.Text.Json;
using Community.GraphQL.Execution;
using Community.GraphQL.Execution.Values;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class VariableCoercionTests
{
    private static readonly Schema Schema = new TestSchema()
        .Resolve("Query.echo", ctx => JsonSerializer.Serialize(ctx.Arguments))
        .Build("""
            input Point { x: Int! y: Int = 0 }
            input Filter @oneOf { id: ID name: String }
            input Tree { value: Int child: Tree }
            enum Color { RED GREEN }
            type Query {
              echo(id: ID, n: Int, f: Float, s: String, list: [Int], matrix: [[Int!]], point: Point, points: [Point!], filter: Filter, color: Color, tree: Tree): String
            }
            """);

    private static async Task<string?> EchoAsync(string query, object? variables)
    {
        var result = await ExecuteAsync(Schema, query, variables);
        Assert.Null(result.Errors);
        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Data);
        return data["echo"] as string;
    }

    private static async Task<GraphQLError> ErrorAsync(string query, object? variables, ExecutorOptions? options = null)
    {
        var result = await ExecuteAsync(Schema, query, variables, options: options);
        Assert.True(result.IsRequestError);
        Assert.False(result.HasData);
        var error = SingleError(result);
        Assert.Equal(ErrorCodes.InvalidVariable, error.Code);
        return error;
    }

    [Fact]
    public async Task A_required_variable_that_is_not_provided_is_refused_at_its_definition()
    {
        var error = await ErrorAsync("query Q($id: ID!) { echo(id: $id) }", null);
        Assert.Equal("Variable \"$id\" has invalid value: Expected a value of non-null type \"ID!\" to be provided.", error.Message);
        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task A_null_for_a_non_null_variable_is_refused()
    {
        var error = await ErrorAsync("query ($id: ID!) { echo(id: $id) }", """{"id": null}""");
        Assert.Equal("Variable \"$id\" has invalid value: Expected value of non-null type \"ID!\" not to be null.", error.Message);
    }

    [Theory]
    [InlineData("""{"n": "x"}""", "Variable \"$n\" has invalid value: Int cannot represent non-integer value: \"x\"")]
    [InlineData("""{"n": 1.5}""", "Variable \"$n\" has invalid value: Int cannot represent non-integer value: 1.5")]
    [InlineData("""{"n": true}""", "Variable \"$n\" has invalid value: Int cannot represent non-integer value: true")]
    public async Task A_value_the_scalar_refuses_is_reported_with_the_scalars_reason(string variables, string message)
    {
        var error = await ErrorAsync("query ($n: Int) { echo(n: $n) }", variables);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task A_default_applies_when_the_variable_is_absent()
    {
        Assert.Equal("""{"n":3}""", await EchoAsync("query ($n: Int = 3) { echo(n: $n) }", null));
    }

    [Fact]
    public async Task An_explicit_null_overrides_the_default()
    {
        Assert.Equal("""{"n":null}""", await EchoAsync("query ($n: Int = 3) { echo(n: $n) }", """{"n": null}"""));
    }

    [Fact]
    public async Task An_absent_nullable_variable_leaves_the_argument_absent()
    {
        Assert.Equal("{}", await EchoAsync("query ($n: Int) { echo(n: $n) }", null));
    }

    [Fact]
    public async Task A_single_value_becomes_a_list_of_one()
    {
        Assert.Equal("""{"list":[7]}""", await EchoAsync("query ($l: [Int]) { echo(list: $l) }", """{"l": 7}"""));
    }

    [Fact]
    public async Task A_bad_list_item_is_reported_with_its_index()
    {
        var error = await ErrorAsync("query ($l: [Int]) { echo(list: $l) }", """{"l": [1, "x"]}""");
        Assert.Equal("Variable \"$l\" has invalid value at [1]: Int cannot represent non-integer value: \"x\"", error.Message);
    }

    [Fact]
    public async Task A_null_inside_a_list_of_non_null_items_is_reported()
    {
        var error = await ErrorAsync("query ($m: [[Int!]]) { echo(matrix: $m) }", """{"m": [[1], [2, null]]}""");
        Assert.Equal("Variable \"$m\" has invalid value at [1][1]: Expected value of non-null type \"Int!\" not to be null.", error.Message);
    }

    [Fact]
    public async Task Input_objects_take_field_defaults()
    {
        Assert.Equal("""{"point":{"x":1,"y":0}}""", await EchoAsync("query ($p: Point) { echo(point: $p) }", """{"p": {"x": 1}}"""));
    }

    [Fact]
    public async Task An_input_object_without_a_required_field_is_refused()
    {
        var error = await ErrorAsync("query ($p: Point) { echo(point: $p) }", """{"p": {"y": 1}}""");
        Assert.Equal("Variable \"$p\" has invalid value: Expected value of type \"Point\" to include required field \"x\", found: { y: 1 }.", error.Message);
    }

    [Fact]
    public async Task An_unknown_input_field_is_refused_with_suggestions()
    {
        var error = await ErrorAsync("query ($p: Point) { echo(point: $p) }", """{"p": {"x": 1, "yy": 2}}""");
        Assert.Equal("Variable \"$p\" has invalid value: Expected value of type \"Point\" not to include unknown field \"yy\". Did you mean \"y\"? Found: { x: 1, yy: 2 }.", error.Message);
    }

    [Fact]
    public async Task A_scalar_where_an_input_object_is_expected_is_refused()
    {
        var error = await ErrorAsync("query ($p: Point) { echo(point: $p) }", """{"p": 3}""");
        Assert.Equal("Variable \"$p\" has invalid value: Expected value of type \"Point\" to be an object, found: 3.", error.Message);
    }

    [Fact]
    public async Task A_nested_error_names_the_path_inside_the_variable()
    {
        var error = await ErrorAsync("query ($ps: [Point!]) { echo(points: $ps) }", """{"ps": [{"x": 1}, {"x": "a"}]}""");
        Assert.Equal("Variable \"$ps\" has invalid value at [1].x: Int cannot represent non-integer value: \"a\"", error.Message);
    }

    [Fact]
    public async Task Every_problem_of_a_variable_is_reported()
    {
        var result = await ExecuteAsync(Schema, "query ($p: Point) { echo(point: $p) }", """{"p": {"x": "a", "q": 1}}""");
        Assert.Equal(2, result.Errors!.Count);
    }

    [Fact]
    public async Task A_oneOf_input_takes_exactly_one_field()
    {
        Assert.Equal("""{"filter":{"id":"1"}}""", await EchoAsync("query ($f: Filter) { echo(filter: $f) }", """{"f": {"id": "1"}}"""));
    }

    [Fact]
    public async Task A_oneOf_input_with_two_fields_is_refused()
    {
        var error = await ErrorAsync("query ($f: Filter) { echo(filter: $f) }", """{"f": {"id": "1", "name": "a"}}""");
        Assert.Equal("Variable \"$f\" has invalid value: Within OneOf Input Object type \"Filter\", exactly one field must be specified, and the value for that field must be non-null.", error.Message);
    }

    [Fact]
    public async Task A_oneOf_input_with_no_field_is_refused()
    {
        var error = await ErrorAsync("query ($f: Filter) { echo(filter: $f) }", """{"f": {}}""");
        Assert.Equal("Variable \"$f\" has invalid value: Within OneOf Input Object type \"Filter\", exactly one field must be specified, and the value for that field must be non-null.", error.Message);
    }

    [Fact]
    public async Task A_oneOf_input_with_a_null_field_is_refused()
    {
        var error = await ErrorAsync("query ($f: Filter) { echo(filter: $f) }", """{"f": {"id": null}}""");
        Assert.Equal("Variable \"$f\" has invalid value at .id: Within OneOf Input Object type \"Filter\", exactly one field must be specified, and the value for that field must be non-null.", error.Message);
    }

    [Fact]
    public async Task An_enum_value_is_given_by_name()
    {
        Assert.Equal("""{"color":"GREEN"}""", await EchoAsync("query ($c: Color) { echo(color: $c) }", """{"c": "GREEN"}"""));
    }

    [Theory]
    [InlineData("""{"c": "BLUE"}""", "Variable \"$c\" has invalid value: Value \"BLUE\" does not exist in \"Color\" enum.")]
    [InlineData("""{"c": "REDD"}""", "Variable \"$c\" has invalid value: Value \"REDD\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?")]
    [InlineData("""{"c": 1}""", "Variable \"$c\" has invalid value: Enum \"Color\" cannot represent non-string value: 1.")]
    public async Task An_unknown_enum_value_is_refused(string variables, string message)
    {
        var error = await ErrorAsync("query ($c: Color) { echo(color: $c) }", variables);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Decoded_json_values_are_accepted_as_well_as_json_elements()
    {
        var variables = new Dictionary<string, object?>
        {
            ["p"] = new Dictionary<string, object?> { ["x"] = 5L },
            ["l"] = new List<object?> { 1, 2L },
            ["f"] = 2.5,
        };
        Assert.Equal(
            """{"f":2.5,"list":[1,2],"point":{"x":5,"y":0}}""",
            await EchoAsync("query ($p: Point, $l: [Int], $f: Float) { echo(point: $p, list: $l, f: $f) }", variables));
    }

    [Fact]
    public async Task A_value_nested_deeper_than_the_limit_is_refused()
    {
        var json = string.Concat(Enumerable.Repeat("{\"child\":", 40)) + "{\"value\":1}" + new string('}', 40);
        var error = await ErrorAsync("query ($t: Tree) { echo(tree: $t) }", "{\"t\":" + json + "}");
        Assert.Contains("nested more than 32 levels", error.Message);
    }

    [Fact]
    public async Task A_value_within_the_nesting_limit_is_accepted()
    {
        var json = string.Concat(Enumerable.Repeat("{\"child\":", 20)) + "{\"value\":1}" + new string('}', 20);
        Assert.NotNull(await EchoAsync("query ($t: Tree) { echo(tree: $t) }", "{\"t\":" + json + "}"));
    }

    [Fact]
    public async Task More_variables_than_allowed_are_refused()
    {
        var error = await ErrorAsync("query ($n: Int) { echo(n: $n) }", """{"n": 1, "a": 2, "b": 3}""", new ExecutorOptions { MaxVariables = 2 });
        Assert.Contains("more than 2 variables", error.Message);
    }

    [Fact]
    public void A_variable_of_a_type_that_is_not_an_input_type_is_refused()
    {
        var operation = (Community.GraphQL.Language.OperationDefinitionNode)Community.GraphQL.Language.Parser.Parse("query ($x: Unknown, $y: [Query]) { echo }").Definitions[0];
        var definitions = VariableDefinitionPlan.Create(Schema, operation);
        VariableCoercion.Coerce(definitions, null, 1000, 32, out var errors);
        Assert.Equal(
            [
                "Variable \"$x\" expected value of type \"Unknown\" which cannot be used as an input type.",
                "Variable \"$y\" expected value of type \"[Query]\" which cannot be used as an input type.",
            ],
            errors!.Select(e => e.Message));
    }

    [Fact]
    public void Coercion_stops_after_fifty_errors()
    {
        var operation = (Community.GraphQL.Language.OperationDefinitionNode)Community.GraphQL.Language.Parser.Parse("query ($l: [Int]) { echo(list: $l) }").Definitions[0];
        var definitions = VariableDefinitionPlan.Create(Schema, operation);
        var inputs = new Dictionary<string, object?> { ["l"] = Enumerable.Range(0, 200).Select(i => (object?)"x").ToList() };
        VariableCoercion.Coerce(definitions, inputs, 1000, 32, out var errors);
        Assert.Equal(VariableCoercion.MaxErrors + 1, errors!.Count);
        Assert.Equal("Too many errors processing variables, error limit reached. Execution aborted.", errors[^1].Message);
    }

    [Fact]
    public async Task Variables_feed_arguments_inside_input_object_literals()
    {
        Assert.Equal("""{"point":{"x":4,"y":0}}""", await EchoAsync("query ($x: Int!) { echo(point: { x: $x }) }", """{"x": 4}"""));
    }

    [Fact]
    public async Task An_absent_variable_inside_an_input_literal_lets_the_field_default_apply()
    {
        Assert.Equal("""{"point":{"x":1,"y":0}}""", await EchoAsync("query ($y: Int) { echo(point: { x: 1, y: $y }) }", null));
    }
}
