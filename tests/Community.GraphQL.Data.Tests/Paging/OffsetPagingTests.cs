using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Paging;

public sealed class OffsetPagingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Pages_by_offset_cover_the_list_in_order(string provider)
    {
        var api = SharedDatabases.Api(provider);
        var expected = JsonAssert.Ids(await api.QueryMemoryAsync("{ articles(first: 50, order: [{ views: ASC }]) { nodes { id } } }"));

        var visited = new List<long>();
        for (var skip = 0; skip < 40; skip += 15)
        {
            var response = await api.QueryDatabaseAsync(
                $"{{ articlePages(skip: {skip}, take: 15, order: [{{ views: ASC }}]) {{ items {{ id }} totalCount pageInfo {{ hasNextPage hasPreviousPage }} }} }}");
            JsonAssert.NoErrors(response);
            var segment = response.GetProperty("data").GetProperty("articlePages");
            visited.AddRange(JsonAssert.Ids(response, "articlePages", "items"));
            Assert.Equal(40, segment.GetProperty("totalCount").GetInt32());
            Assert.Equal(skip + 15 < 40, segment.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
            Assert.Equal(skip > 0, segment.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        }

        Assert.Equal(expected, visited);
    }

    [Theory]
    [InlineData("take: 51", "HC0051")]
    [InlineData("skip: -1", DataErrorCodes.InvalidPagingArguments)]
    public async Task Bad_offsets_are_refused(string arguments, string code)
    {
        var api = SharedDatabases.Api(TestDatabase.Sqlite);

        var response = await api.QueryDatabaseAsync($"{{ articlePages({arguments}) {{ items {{ id }} }} }}");

        Assert.Equal(code, JsonAssert.ErrorCode(response));
    }
}
