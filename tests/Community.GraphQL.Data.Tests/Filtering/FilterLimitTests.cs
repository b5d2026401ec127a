using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Filtering;

/// <summary>Filters that would cost too much, or that name what does not exist, are refused before any SQL runs.</summary>
public sealed class FilterLimitTests : IDisposable
{
    private readonly SqlStatementCounter _counter = new();
    private readonly TestDatabase _database;
    private readonly LibraryApi _api;

    public FilterLimitTests()
    {
        _database = TestDatabase.Create(TestDatabase.Sqlite, _counter);
        _api = new LibraryApi(_database);
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_in_list_over_the_limit_is_refused()
    {
        var values = string.Join(", ", Enumerable.Range(0, 101));
        await ExpectRefused($"{{ views: {{ in: [{values}] }} }}", DataErrorCodes.FilterTooComplex, "at most 100");
    }

    [Fact]
    public async Task A_filter_nested_too_deep_is_refused()
    {
        var where = "{ views: { eq: 1 } }";
        for (var i = 0; i < 8; i++)
        {
            where = $"{{ and: [{where}] }}";
        }

        await ExpectRefused(where, DataErrorCodes.FilterTooComplex, "levels deep");
    }

    [Fact]
    public async Task A_filter_with_too_many_terms_is_refused()
    {
        var terms = string.Join(", ", Enumerable.Range(0, 51).Select(i => $"{{ views: {{ neq: {i} }} }}"));
        await ExpectRefused($"{{ or: [{terms}] }}", DataErrorCodes.FilterTooComplex, "more than 50 conditions");
    }

    [Theory]
    [InlineData("{ nosuchField: { eq: 1 } }")]
    [InlineData("{ views: { like: 1 } }")]
    [InlineData("{ title: { gt: \"a\" } }")]
    public async Task Unknown_fields_and_operators_are_validation_errors(string where)
    {
        await ExpectRefused(where, "GRAPHQL_VALIDATION_FAILED", "");
    }

    private async Task ExpectRefused(string where, string code, string message)
    {
        _counter.Reset();
        var response = await _api.QueryDatabaseAsync($"{{ articles(where: {where}) {{ nodes {{ id }} }} }}");
        Assert.Equal(code, JsonAssert.ErrorCode(response));
        Assert.Contains(message, response.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, _counter.Count);
    }
}
