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
}
