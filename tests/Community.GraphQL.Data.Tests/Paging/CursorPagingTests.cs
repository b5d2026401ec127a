using System.Text.Json;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Paging;

/// <summary>Keyset paging: every row exactly once in both directions, stable under inserts, cursors that cannot be forged.</summary>
public sealed class CursorPagingTests
{
    public static readonly string[] Orders =
    [
        "[{ publishedAt: DESC }]",
        "[{ title: ASC }]",
        "[{ editedAt: ASC }, { views: DESC }]",
        "[{ score: DESC }]",
        "[{ author: { department: ASC } }, { kind: DESC }]",
        "[{ commentCount: DESC }, { title: ASC }]",
        "[]",
    ];

    public static IEnumerable<object[]> ProviderOrders() =>
        from provider in TestDatabase.Providers()
        from order in Orders
        select new object[] { provider[0], order };

    [Theory]
    [MemberData(nameof(ProviderOrders))]
    public async Task Paging_forward_visits_every_row_once_in_the_order_linq_gives(string provider, string order)
    {
        var api = SharedDatabases.Api(provider);
        var expected = JsonAssert.Ids(await api.QueryMemoryAsync($"{{ articles(first: 50, order: {order}) {{ nodes {{ id }} }} }}"));

        var visited = new List<long>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var response = await api.QueryDatabaseAsync(
                $"query($after: String) {{ articles(first: 7, after: $after, order: {order}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage endCursor }} }} }}",
                new { after });
            JsonAssert.NoErrors(response);
            visited.AddRange(JsonAssert.Ids(response));
            var pageInfo = response.GetProperty("data").GetProperty("articles").GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!pageInfo.GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = pageInfo.GetProperty("endCursor").GetString();
        }

        Assert.Equal(40, expected.Length);
        Assert.Equal(expected, visited);
        Assert.Equal(6, pages);
    }

    [Theory]
    [MemberData(nameof(ProviderOrders))]
    public async Task Paging_backward_visits_every_row_once_in_the_order_linq_gives(string provider, string order)
    {
        var api = SharedDatabases.Api(provider);
        var expected = JsonAssert.Ids(await api.QueryMemoryAsync($"{{ articles(first: 50, order: {order}) {{ nodes {{ id }} }} }}"));

        var visited = new List<long>();
        string? before = null;
        while (true)
        {
            var response = await api.QueryDatabaseAsync(
                $"query($before: String) {{ articles(last: 6, before: $before, order: {order}) {{ nodes {{ id }} pageInfo {{ hasNextPage hasPreviousPage startCursor }} }} }}",
                new { before });
            JsonAssert.NoErrors(response);
            visited.InsertRange(0, JsonAssert.Ids(response));
            var pageInfo = response.GetProperty("data").GetProperty("articles").GetProperty("pageInfo");
            Assert.Equal(before is not null, pageInfo.GetProperty("hasNextPage").GetBoolean());
            if (!pageInfo.GetProperty("hasPreviousPage").GetBoolean())
            {
                break;
            }

            before = pageInfo.GetProperty("startCursor").GetString();
        }

        Assert.Equal(expected, visited);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_default_order_applies_when_the_client_gives_none(string provider)
    {
        var api = SharedDatabases.Api(provider);
        var expected = LibraryRows.Create().SelectMany(a => a.Articles)
            .OrderByDescending(a => a.IsPinned).ThenByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Select(a => a.Id).ToArray();

        var visited = new List<long>();
        string? after = null;
        do
        {
            var response = await api.QueryDatabaseAsync(
                "query($after: String) { latestArticles(first: 9, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }", new { after });
            JsonAssert.NoErrors(response);
            visited.AddRange(JsonAssert.Ids(response, "latestArticles"));
            var pageInfo = response.GetProperty("data").GetProperty("latestArticles").GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(expected, visited);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_inserted_before_a_cursor_do_not_change_the_next_page(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var api = new LibraryApi(database);
        const string Query = "query($after: String) { articles(first: 5, after: $after, order: [{ publishedAt: ASC }]) { nodes { id } pageInfo { endCursor } } }";
        var first = await api.QueryDatabaseAsync(Query, new { after = (string?)null });
        var cursor = first.GetProperty("data").GetProperty("articles").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var next = JsonAssert.Ids(await api.QueryDatabaseAsync(Query, new { after = cursor }));

        await using (var context = database.CreateContext())
        {
            for (var i = 0; i < 3; i++)
            {
                context.Articles.Add(new Article { Id = 1000 + i, Title = $"early {i}", AuthorId = 1, PublishedAt = LibraryRows.Start.AddDays(-1 - i), Uid = Guid.NewGuid() });
            }

            await context.SaveChangesAsync();
        }

        var after = JsonAssert.Ids(await api.QueryDatabaseAsync(Query, new { after = cursor }));
        Assert.Equal(5, next.Length);
        Assert.Equal(next, after);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Forged_truncated_and_other_order_cursors_are_refused_before_any_sql(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var api = new LibraryApi(database);
        var page = await api.QueryDatabaseAsync("{ articles(first: 3, order: [{ title: ASC }]) { pageInfo { endCursor } } }");
        var cursor = page.GetProperty("data").GetProperty("articles").GetProperty("pageInfo").GetProperty("endCursor").GetString()!;
        var forged = cursor[..5] + (cursor[5] == 'A' ? 'B' : 'A') + cursor[6..];
        string[] refused = [forged, cursor[..^4], "bm90IGEgY3Vyc29y", "%%%"];

        foreach (var bad in refused)
        {
            counter.Reset();
            var response = await api.QueryDatabaseAsync(
                "query($after: String) { articles(first: 3, after: $after, order: [{ title: ASC }]) { nodes { id } } }", new { after = bad });
            Assert.Equal(DataErrorCodes.InvalidCursor, JsonAssert.ErrorCode(response));
            Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("articles").ValueKind);
            Assert.Equal(0, counter.Count);
        }

        counter.Reset();
        var otherOrder = await api.QueryDatabaseAsync(
            "query($after: String) { articles(first: 3, after: $after, order: [{ title: DESC }]) { nodes { id } } }", new { after = cursor });
        Assert.Equal(DataErrorCodes.InvalidCursor, JsonAssert.ErrorCode(otherOrder));
        Assert.Contains("another order", otherOrder.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public async Task The_cursors_range_comes_first_in_the_sql_so_that_sqlite_seeks_with_it()
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(TestDatabase.Sqlite, counter);
        var api = new LibraryApi(database);
        const string Query = "query($after: String) { articles(first: 3, after: $after, where: { views: { gte: 0 } }, order: [{ publishedAt: DESC }]) { nodes { id } pageInfo { endCursor } } }";
        var first = await api.QueryDatabaseAsync(Query, new { after = (string?)null });
        var cursor = first.GetProperty("data").GetProperty("articles").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        counter.Reset();
        JsonAssert.NoErrors(await api.QueryDatabaseAsync(Query, new { after = cursor }));

        var where = counter.Statements.Single()[counter.Statements.Single().IndexOf("WHERE", StringComparison.Ordinal)..];
        Assert.True(where.IndexOf("\"PublishedAt\" <=", StringComparison.Ordinal) < where.IndexOf("\"Views\"", StringComparison.Ordinal), where);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_page_over_the_maximum_is_refused_with_hotchocolates_error(string provider)
    {
        var api = SharedDatabases.Api(provider);

        var response = await api.QueryDatabaseAsync("{ articles(first: 51) { nodes { id } } }");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("HC0051", extensions.GetProperty("code").GetString());
        Assert.Equal("Query.articles", extensions.GetProperty("coordinate").GetString());
        Assert.Equal(51, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal(50, extensions.GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal("articles", error.GetProperty("path")[0].GetString());
    }

    [Theory]
    [InlineData("first: 5, last: 5")]
    [InlineData("first: -1")]
    [InlineData("last: -3")]
    public async Task Contradicting_or_negative_sizes_are_refused(string arguments)
    {
        var api = SharedDatabases.Api(TestDatabase.Sqlite);

        var response = await api.QueryDatabaseAsync($"{{ articles({arguments}) {{ nodes {{ id }} }} }}");

        Assert.Equal(DataErrorCodes.InvalidPagingArguments, JsonAssert.ErrorCode(response));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_arguments_a_page_holds_the_default_size_and_counts_only_when_asked(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var api = new LibraryApi(database);

        counter.Reset();
        var page = await api.QueryDatabaseAsync("{ articles { nodes { id } } }");
        var withoutCount = counter.Count;
        counter.Reset();
        var counted = await api.QueryDatabaseAsync("{ articles { totalCount edges { cursor node { id } } } }");
        var withCount = counter.Count;

        Assert.Equal(10, JsonAssert.Ids(page).Length);
        Assert.Equal(40, counted.GetProperty("data").GetProperty("articles").GetProperty("totalCount").GetInt32());
        Assert.Equal(1, withoutCount);
        Assert.Equal(2, withCount);
    }
}
