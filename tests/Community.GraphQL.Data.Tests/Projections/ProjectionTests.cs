using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Projections;

/// <summary>Only the selected columns and relations are loaded, in a number of statements that does not grow with the page.</summary>
public sealed class ProjectionTests
{
    private const string PageQuery = """
        query($size: Int!) {
          articles(first: $size, order: [{ publishedAt: DESC }]) {
            nodes { id title author { name } comments { text likes } }
            edges { cursor }
          }
        }
        """;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_of_forty_costs_the_statements_a_page_of_ten_costs(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var api = new LibraryApi(database);

        counter.Reset();
        var small = await api.QueryDatabaseAsync(PageQuery, new { size = 10 });
        var smallCount = counter.Count;
        counter.Reset();
        var large = await api.QueryDatabaseAsync(PageQuery, new { size = 40 });
        var largeCount = counter.Count;

        JsonAssert.NoErrors(small);
        JsonAssert.NoErrors(large);
        Assert.Equal(40, JsonAssert.Ids(large).Length);
        Assert.Equal(smallCount, largeCount);
        Assert.InRange(largeCount, 1, 2);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Projected_values_equal_the_whole_items_values(string provider)
    {
        var api = SharedDatabases.Api(provider);

        var expected = await api.QueryMemoryAsync(PageQuery, new { size = 40 });
        var actual = await api.QueryDatabaseAsync(PageQuery, new { size = 40 });

        JsonAssert.NoErrors(actual);
        Assert.Equal(
            expected.GetProperty("data").GetProperty("articles").GetProperty("nodes").GetRawText(),
            actual.GetProperty("data").GetProperty("articles").GetProperty("nodes").GetRawText());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Columns_that_are_not_selected_are_not_read(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var api = new LibraryApi(database);

        counter.Reset();
        var response = await api.QueryDatabaseAsync("{ articles(first: 5) { nodes { title } } }");

        JsonAssert.NoErrors(response);
        var sql = Assert.Single(counter.Statements);
        Assert.Contains("Title", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Summary", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Rating", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("Authors", sql, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Offset_pages_and_plain_lists_are_projected_too(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var api = new LibraryApi(database);

        counter.Reset();
        var response = await api.QueryDatabaseAsync("{ articlePages(take: 5) { items { title author { name } } } }");

        JsonAssert.NoErrors(response);
        var sql = Assert.Single(counter.Statements);
        Assert.DoesNotContain("Summary", sql, StringComparison.Ordinal);
        Assert.Equal(5, response.GetProperty("data").GetProperty("articlePages").GetProperty("items").GetArrayLength());
    }
}
