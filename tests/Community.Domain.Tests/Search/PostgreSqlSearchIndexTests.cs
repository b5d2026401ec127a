using Community.Domain.Search;
using Community.Domain.Tests.Infrastructure;
using Npgsql;

namespace Community.Domain.Tests.Search;

/// <summary>The search of each kind is served by its table's GIN index, so a search never reads every row.</summary>
[PostgreSqlTests]
public sealed class PostgreSqlSearchIndexTests
{
    [DatabaseTheory]
    [InlineData(SearchKind.Post, "IX_Posts_SearchVector")]
    [InlineData(SearchKind.Member, "IX_Members_SearchVector")]
    [InlineData(SearchKind.Group, "IX_Groups_SearchVector")]
    [InlineData(SearchKind.Event, "IX_Events_SearchVector")]
    public async Task Each_kind_matches_through_its_GIN_index(SearchKind kind, string index)
    {
        using var database = await PostgreSqlTestDatabase.MigratedAsync();
        await using var connection = database.OpenConnection();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        var sql = PostgreSqlSearchDialect.Instance.Matches(kind).Replace("{0}", "@q", StringComparison.Ordinal);
        await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
        explain.Parameters.AddWithValue("q", SearchText.Parse("nebula night").ToTsQuery());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        Assert.Contains(plan, line => line.Contains(index, StringComparison.Ordinal));
    }
}
