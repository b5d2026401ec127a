using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Paging;

/// <summary>Paged fields tell cost analysis their page size, so an operation that would load too much is refused before any SQL.</summary>
public sealed class CostTests
{
    [Fact]
    public async Task Many_full_pages_are_refused_before_any_sql_with_the_cost_and_the_limit()
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(TestDatabase.Sqlite, counter);
        var api = new LibraryApi(database);
        var fields = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"a{i}: articles(first: 50) {{ nodes {{ title author {{ name }} }} }}"));

        counter.Reset();
        var response = await api.QueryDatabaseAsync($"{{ {fields} }}");

        Assert.Equal("HC0047", JsonAssert.ErrorCode(response));
        var extensions = response.GetProperty("errors")[0].GetProperty("extensions");
        Assert.True(extensions.TryGetProperty("typeCost", out var cost) || extensions.TryGetProperty("fieldCost", out cost));
        Assert.True(cost.GetDouble() > 1000);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task A_single_full_page_is_within_the_default_limits()
    {
        var api = SharedDatabases.Api(TestDatabase.Sqlite);

        var response = await api.QueryDatabaseAsync("{ articles(first: 50) { nodes { title author { name } } } }");

        JsonAssert.NoErrors(response);
    }
}
