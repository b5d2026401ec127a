using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Schema;
using Community.Domain;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Seeding;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Community.Bench.Data;

/// <summary>
/// The figures of the list conventions on a year of posts: the 1st and the 500th page of posts by
/// publication time (keyset paging should make them cost the same), a filtered page of 50 with its
/// nested fields, and feed pages of 20 and 50; each a median of timed runs, with SQL statement counts.
/// </summary>
internal static class ListBenchmark
{
    private static bool ShowSql { get; set; }

    private const string PostFields = "id title author { displayName } group { name } reactionCounts { kind count } commentCount viewerReaction viewerHasSeen";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Arguments(args);
        var database = options.TryGetValue("--postgres", out var connection)
            ? new CommunityDatabase { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }
            : CommunityDatabase.Sqlite(options.GetValueOrDefault("--database") ?? "/tmp/largeseed/large.db");
        ShowSql = options.ContainsKey("--show-sql");
        var runs = int.Parse(options.GetValueOrDefault("--runs") ?? "30", CultureInfo.InvariantCulture);
        await CommunityDatabaseInitializer.MigrateAsync(database);
        await using (var check = database.CreateContext())
        {
            if (!await check.Posts.AnyAsync())
            {
                if (!options.ContainsKey("--seed-if-empty"))
                {
                    Console.Error.WriteLine("The database holds no posts: seed it with `seed --size large`, or pass --seed-if-empty.");
                    return 2;
                }

                var report = await new SeedGenerator(database).SeedAsync(SeedSize.Large);
                Console.WriteLine($"seeded {report}");
            }
        }

        var counter = new SqlStatementCounter();
        var contextOptions = (DbContextOptions<CommunityDbContext>)database.Configure(new DbContextOptionsBuilder<CommunityDbContext>()).AddInterceptors(counter).Options;
        await using var services = new ServiceCollection()
            .AddCommunityDomain(database)
            .AddSingleton<IDbContextFactory<CommunityDbContext>>(new PooledDbContextFactory<CommunityDbContext>(contextOptions))
            .AddSingleton<IEventBus>(new InMemoryEventBus())
            .AddGraphQLDataEntityFramework()
            .BuildServiceProvider();
        var executor = new RequestExecutor(CommunitySchema.Create(CommunityData.Create(new byte[32])));
        Member viewer;
        long groupId;
        await using (var db = database.CreateContext())
        {
            viewer = await db.Members.AsNoTracking().Where(m => m.Role == MemberRole.Admin && m.IsEnabled).OrderBy(m => m.Id).FirstAsync();
            groupId = await db.Posts.Where(p => p.GroupId != null).GroupBy(p => p.GroupId!.Value)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CommunityClaimTypes.MemberId, viewer.Id.ToString(CultureInfo.InvariantCulture))], "bench"));
        async Task<JsonElement> Run(string query, object? variables = null)
        {
            await using var scope = services.CreateAsyncScope();
            using var result = await executor.ExecuteAsync(
                new GraphQLRequest
                {
                    Query = query,
                    Variables = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables)),
                },
                new RequestOptions { Services = scope.ServiceProvider, User = user });
            var json = JsonDocument.Parse(result.ToJson()).RootElement.Clone();
            return json.TryGetProperty("errors", out var errors) ? throw new InvalidOperationException(errors.GetRawText()) : json;
        }

        Console.WriteLine($"provider: {database.Provider}; viewer: member {viewer.Id} (admin); runs: {runs}");

        // Page 500 of posts by publication time: walk there once, then time it beside page 1.
        const string Page = "query($after: String) { posts(first: 20, after: $after, order: [{ publishedAt: DESC }]) { nodes { id publishedAt } pageInfo { endCursor } } }";
        string? cursor = null;
        string? second = null;
        for (var page = 1; page < 500; page++)
        {
            var response = await Run(Page, new { after = cursor });
            cursor = response.GetProperty("data").GetProperty("posts").GetProperty("pageInfo").GetProperty("endCursor").GetString();
            second ??= cursor;
        }

        // Interleaved, so that a change in the machine's load during the run weighs on all three alike.
        var pages = await MeasureInterleavedAsync(
            [() => Run(Page, new { after = (string?)null }), () => Run(Page, new { after = second }), () => Run(Page, new { after = cursor })], runs, counter);
        var (first, next, deep) = (pages[0], pages[1], pages[2]);
        Console.WriteLine($"| posts by publication time, page 1 of 20 | {first.Median:F2} ms | {first.Statements} statements |");
        Console.WriteLine($"| posts by publication time, page 2 of 20 | {next.Median:F2} ms | {next.Statements} statements |");
        Console.WriteLine($"| posts by publication time, page 500 of 20 | {deep.Median:F2} ms | {deep.Statements} statements |");
        Console.WriteLine($"| ratio page 500 / page 1 | {deep.Median / first.Median:F2} | |");

        var filtered = $$"""
            query($group: ID!) {
              posts(first: 50, where: { groupId: { eq: $group }, kind: { eq: UPDATE }, body: { contains: "the" } }, order: [{ publishedAt: DESC }]) {
                nodes { {{PostFields}} }
              }
            }
            """;
        var filteredPage = await MeasureAsync(() => Run(filtered, new { group = GlobalId.Encode("Group", groupId) }), runs, counter);
        Console.WriteLine($"| filtered page of 50 (group, kind, text contains) with nested fields | {filteredPage.Median:F2} ms | {filteredPage.Statements} statements |");

        // The same feed page as FeedServer.Query, through the executor and through hand-written queries.
        var factory = services.GetRequiredService<IDbContextFactory<CommunityDbContext>>();
        var feeds = await MeasureInterleavedAsync(
            [
                () => Run(FeedServer.Query),
                async () =>
                {
                    var pipe = new System.IO.Pipelines.Pipe();
                    await FeedServer.WritePlainFeedAsync(pipe.Writer, factory, viewer.Id, CancellationToken.None);
                    await pipe.Writer.CompleteAsync();
                    return default;
                },
            ],
            runs,
            counter);
        Console.WriteLine($"| feed page of 20 through the schema | {feeds[0].Median:F2} ms | {feeds[0].Statements} statements |");
        Console.WriteLine($"| the same page, hand-written queries | {feeds[1].Median:F2} ms | {feeds[1].Statements} statements |");

        foreach (var size in new[] { 20, 50 })
        {
            var feed = await MeasureAsync(() => Run($"{{ feed(first: {size}) {{ nodes {{ {PostFields} }} }} }}"), runs, counter);
            Console.WriteLine($"| feed page of {size} with nested fields | {feed.Median:F2} ms | {feed.Statements} statements |");
        }

        return 0;
    }

    private static async Task<(double Median, int Statements)> MeasureAsync(Func<Task<JsonElement>> run, int runs, SqlStatementCounter counter)
    {
        for (var i = 0; i < 5; i++)
        {
            await run();
        }

        counter.Reset();
        await run();
        var statements = counter.Count;
        if (ShowSql)
        {
            Console.WriteLine(string.Join("\n---\n", counter.Statements));
        }

        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], statements);
    }

    private static async Task<(double Median, int Statements)[]> MeasureInterleavedAsync(Func<Task<JsonElement>>[] operations, int runs, SqlStatementCounter counter)
    {
        var statements = new int[operations.Length];
        var times = operations.Select(_ => new List<double>(runs)).ToArray();
        for (var i = 0; i < operations.Length; i++)
        {
            for (var warm = 0; warm < 5; warm++)
            {
                await operations[i]();
            }

            counter.Reset();
            await operations[i]();
            statements[i] = counter.Count;
        }

        for (var run = 0; run < runs; run++)
        {
            for (var i = 0; i < operations.Length; i++)
            {
                var watch = Stopwatch.StartNew();
                await operations[i]();
                times[i].Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        return times.Select((t, i) =>
        {
            t.Sort();
            return (t[t.Count / 2], statements[i]);
        }).ToArray();
    }

    internal static Dictionary<string, string> Arguments(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            options[args[i]] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
        }

        return options;
    }
}
