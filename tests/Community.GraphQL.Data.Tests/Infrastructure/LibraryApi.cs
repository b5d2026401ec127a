using System.Text.Json;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// The same GraphQL API over a database (SQL) and over the same rows in memory (LINQ to Objects),
/// so that every case can compare what the SQL returned with what it should have returned.
/// </summary>
public sealed class LibraryApi
{
    private readonly RequestExecutor _database;
    private readonly RequestExecutor _memory;
    private readonly ServiceProvider _services;

    public LibraryApi(TestDatabase database, DataConventions? conventions = null)
    {
        Conventions = conventions ?? DefaultConventions();
        var services = new ServiceCollection();
        services.AddSingleton<IDbContextFactory<LibraryDbContext>>(new LibraryContextFactory(database.Options));
        services.AddGraphQLDataEntityFramework();
        _services = services.BuildServiceProvider();
        var rows = database.LoadArticles();
        _database = new RequestExecutor(BuildSchema(Conventions, f => f.UseDbContext<LibraryDbContext>(), ctx => ctx.DbContext<LibraryDbContext>().Articles));
        _memory = new RequestExecutor(BuildSchema(Conventions, f => f, _ => rows));
    }

    public DataConventions Conventions { get; }

    /// <summary>The conventions of the tests: every property, plus a computed comment count to filter and sort by.</summary>
    public static DataConventions DefaultConventions() => new DataConventions { CursorKey = new byte[32] }
        .Filter<Article>(f => f.Field("commentCount", a => a.Comments.Count))
        .Sort<Article>(s => s.Field("commentCount", a => a.Comments.Count));

    public Schema Schema => _database.Schema;

    public static Schema BuildSchema(DataConventions conventions, Func<FieldDescriptor, FieldDescriptor> context, Func<IResolverContext, object> source) =>
        new SchemaBuilder()
            .QueryType(q => q
                .Field("articles", f => context(f)
                    .UsePaging<Article>(conventions: conventions)
                    .UseProjection<Article>(conventions)
                    .UseFiltering<Article>(conventions)
                    .UseSorting<Article>(conventions)
                    .Resolve(source))
                .Field("latestArticles", f => context(f)
                    .UsePaging<Article>(conventions: conventions)
                    .UseDefaultOrder<Article>(o => o.Descending(a => a.IsPinned).Descending(a => a.PublishedAt), conventions)
                    .Resolve(source))
                .Field("articlePages", f => context(f)
                    .UseOffsetPaging<Article>(conventions: conventions)
                    .UseProjection<Article>(conventions)
                    .UseFiltering<Article>(conventions)
                    .UseSorting<Article>(conventions)
                    .Resolve(source)))
            .ObjectType<Article>("Article")
            .ObjectType<Author>("Author", t => t.Field(a => a.Id).Field(a => a.Name).Field(a => a.Department))
            .ObjectType<Comment>("Comment")
            .EnumType<ArticleKind>()
            .Build();

    public Task<JsonElement> QueryDatabaseAsync(string query, object? variables = null) => RunAsync(_database, query, variables);

    public Task<JsonElement> QueryMemoryAsync(string query, object? variables = null) => RunAsync(_memory, query, variables);

    private async Task<JsonElement> RunAsync(RequestExecutor executor, string query, object? variables)
    {
        using var scope = _services.CreateScope();
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables)),
        };
        using var result = await executor.ExecuteAsync(request, new RequestOptions { Services = scope.ServiceProvider });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    private sealed class LibraryContextFactory(DbContextOptions<LibraryDbContext> options) : IDbContextFactory<LibraryDbContext>
    {
        public LibraryDbContext CreateDbContext() => new(options);
    }
}
