using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Paging;

/// <summary>Sibling list fields resolve concurrently; each has a context of its own, so none sees "a second operation was started on this context".</summary>
public sealed class ConcurrencyTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Many_sibling_lists_under_concurrent_requests_run_without_error(string provider)
    {
        var api = SharedDatabases.Api(provider);
        var fields = string.Join("\n", Enumerable.Range(0, 12).Select(i =>
            $"a{i}: articles(first: {i + 1}, where: {{ views: {{ gte: {i % 5} }} }}, order: [{{ title: ASC }}]) {{ totalCount nodes {{ id }} }}"));
        var query = $"{{ {fields} }}";
        var expected = await api.QueryMemoryAsync(query);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => api.QueryDatabaseAsync(query))));

        JsonAssert.NoErrors(expected);
        foreach (var response in responses)
        {
            JsonAssert.NoErrors(response);
            Assert.Equal(expected.GetRawText(), response.GetRawText());
        }
    }
}
