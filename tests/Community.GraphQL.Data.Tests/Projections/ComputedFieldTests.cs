using System.Text.Json;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Data.Projections;
using Community.GraphQL.Data.Tests.Infrastructure;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.Data.Tests.Projections;

/// <summary>Fields computed in the list's own statement (a count per item) instead of a statement of their own.</summary>
public sealed class ComputedFieldTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_computed_field_comes_with_the_page_in_one_statement(string provider)
    {
        var counter = new SqlStatementCounter();
        using var database = TestDatabase.Create(provider, counter);
        var conventions = new DataConventions { CursorKey = new byte[32] }
            .Compute<Article, int>("commentCount", _ => a => a.Comments.Count(c => c.Likes >= 0));
        var schema = new SchemaBuilder()
            .QueryType(q => q.Field("articles", f => f
                .UseDbContext<LibraryDbContext>()
                .UsePaging<Article>(conventions: conventions)
                .UseProjection<Article>(conventions)
                .Resolve(ctx => ctx.DbContext<LibraryDbContext>().Articles)))
            .ObjectType<Article>("Article", t => t
                .Field(a => a.Id)
                .Field(a => a.Title)
                // -1 tells the test that the value did not come from the page's query.
                .Field("commentCount", "Int!", f => f.Resolve(ctx => ComputedValues.TryGet<int>(ctx.Parent!, "commentCount", out var count) ? count : -1)))
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<IDbContextFactory<LibraryDbContext>>(new Factory(database.Options))
            .AddGraphQLDataEntityFramework()
            .BuildServiceProvider();
        var expected = database.LoadArticles().OrderBy(a => a.Id).Take(30).ToDictionary(a => a.Id, a => a.Comments.Count);

        counter.Reset();
        using var result = await new RequestExecutor(schema).ExecuteAsync(
            new GraphQLRequest { Query = "{ articles(first: 30) { nodes { id commentCount } } }" },
            new RequestOptions { Services = services });

        var nodes = JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data").GetProperty("articles").GetProperty("nodes");
        Assert.Equal(1, counter.Count);
        Assert.Equal(30, nodes.GetArrayLength());
        Assert.Contains(expected.Values, count => count > 0);
        foreach (var node in nodes.EnumerateArray())
        {
            Assert.Equal(expected[node.GetProperty("id").GetInt64()], node.GetProperty("commentCount").GetInt32());
        }
    }

    private sealed class Factory(DbContextOptions<LibraryDbContext> options) : IDbContextFactory<LibraryDbContext>
    {
        public LibraryDbContext CreateDbContext() => new(options);
    }
}
