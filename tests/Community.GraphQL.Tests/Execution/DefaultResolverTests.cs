using System.Globalization;
using System.Text.Json;
using Community.GraphQL.Types;
using static Community.GraphQL.Tests.Execution.ExecutionAssert;

namespace Community.GraphQL.Tests.Execution;

public sealed class DefaultResolverTests
{
    public sealed class Person
    {
        public string Name { get; init; } = "Ada";

        public string title = "Countess";

        public int Age => 36;
    }

    private const string Sdl = "type Person { name: String title: String age: Int missing: String } type Query { person: Person }";

    [Fact]
    public async Task Properties_and_fields_are_read_with_the_first_letter_in_either_case()
    {
        var schema = new TestSchema().Resolve("Query.person", _ => new Person()).Build(Sdl);
        Json("""{"data":{"person":{"name":"Ada","title":"Countess","age":36,"missing":null}}}""",
            await ExecuteAsync(schema, "{ person { name title age missing } }"));
    }

    [Fact]
    public async Task Dictionary_entries_are_read_by_name()
    {
        var schema = new TestSchema()
            .Resolve("Query.person", _ => new Dictionary<string, object?> { ["name"] = "Grace", ["Title"] = "Admiral" })
            .Build(Sdl);
        Json("""{"data":{"person":{"name":"Grace","title":"Admiral","age":null}}}""",
            await ExecuteAsync(schema, "{ person { name title age } }"));
    }

    [Fact]
    public async Task Anonymous_objects_work()
    {
        var schema = new TestSchema().Resolve("Query.person", _ => new { name = "Linus", Age = 54 }).Build(Sdl);
        Json("""{"data":{"person":{"name":"Linus","age":54}}}""", await ExecuteAsync(schema, "{ person { name age } }"));
    }

    [Fact]
    public async Task The_root_value_is_the_parent_of_root_fields()
    {
        var schema = new TestSchema().Build("type Query { greeting: String }");
        var result = await ExecuteAsync(schema, "{ greeting }", requestOptions: new Community.GraphQL.Execution.RequestOptions { RootValue = new { Greeting = "hi" } });
        Json("""{"data":{"greeting":"hi"}}""", result);
    }

    public sealed class Reading
    {
        public bool Active { get; init; }

        public bool? Checked { get; init; }

        public double Score { get; init; }

        public long Count { get; init; }
    }

    public sealed class Badge
    {
        public string Name { get; init; } = "";
    }

    [Fact]
    public async Task Value_type_properties_are_read_and_serialized()
    {
        var schema = new TestSchema()
            .Resolve("Query.readings", _ => new[]
            {
                new Reading { Active = true, Checked = null, Score = 1.5, Count = 3 },
                new Reading { Active = false, Checked = false, Score = 2, Count = 4 },
            })
            .Build("type Reading { active: Boolean! checked: Boolean score: Float! count: Int! } type Query { readings: [Reading!]! }");
        Json(
            """{"data":{"readings":[{"active":true,"checked":null,"score":1.5,"count":3},{"active":false,"checked":false,"score":2,"count":4}]}}""",
            await ExecuteAsync(schema, "{ readings { active checked score count } }"));
    }

    [Fact]
    public async Task Parents_of_different_types_in_one_list_are_each_read_by_their_own_members()
    {
        var schema = new TestSchema()
            .Resolve("Query.people", _ => new object[]
            {
                new Person(),
                new Dictionary<string, object?> { ["name"] = "Grace" },
                new Badge { Name = "Gold" },
                new Person { Name = "Alan" },
                new { name = "Linus" },
            })
            .Build(Sdl.Replace("person: Person", "people: [Person]", StringComparison.Ordinal));
        Json(
            """{"data":{"people":[{"name":"Ada"},{"name":"Grace"},{"name":"Gold"},{"name":"Alan"},{"name":"Linus"}]}}""",
            await ExecuteAsync(schema, "{ people { name } }"));
    }

    public sealed class Gauge
    {
        public int Id { get; init; }

        public string? Label { get; init; }

        public string? Unit { get; init; }

        public int Reading => Id == 2 ? throw new InvalidOperationException("broken gauge") : Id * 10;
    }

    [Fact]
    public async Task Every_parent_of_a_repeated_field_reports_its_own_getter_failure_and_null_violations()
    {
        var schema = new TestSchema()
            .Resolve("Query.gauges", _ => new[]
            {
                new Gauge { Id = 1, Label = "a", Unit = "m" },
                new Gauge { Id = 2, Label = "b", Unit = "m" },
                new Gauge { Id = 3, Label = null, Unit = null },
                new Gauge { Id = 4, Label = "d", Unit = "s" },
            })
            .Build("type Gauge { id: Int! label: String! unit: String! reading: Int } type Query { gauges: [Gauge] }");
        var result = await ExecuteAsync(schema, "{ gauges { id label unit reading } }");
        Assert.Equal(
            """{"gauges":[{"id":1,"label":"a","unit":"m","reading":10},{"id":2,"label":"b","unit":"m","reading":null},null,{"id":4,"label":"d","unit":"s","reading":40}]}""",
            Normalize(JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetRawText()));
        Assert.Collection(
            result.Errors!,
            error => Assert.Equal("[\"gauges\",1,\"reading\"] Unexpected Execution Error", Describe(error)),
            error => Assert.Equal("[\"gauges\",2,\"label\"] Cannot return null for non-nullable field Gauge.label.", Describe(error)));
    }

    private static string Describe(GraphQLError error)
        => $"[{string.Join(",", error.Path!.Select(p => p is int i ? i.ToString(CultureInfo.InvariantCulture) : $"\"{p}\""))}] {error.Message}";
}
