using System.Diagnostics;
using System.Globalization;
using Community.Domain.Kpis;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Community.Bench.Data;

/// <summary>
/// The KPIs of a year on a seeded database: each section of figures alone (the KPIs that share their SQL), every
/// figure of the period, and what one <c>kpis { current previous }</c> request computes (the period and the one
/// before, side by side on two contexts and threads, as the API runs them); each a median of timed runs after a warm-up run.
/// </summary>
internal static class KpiBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = ListBenchmark.Arguments(args);
        var database = options.TryGetValue("--postgres", out var connection)
            ? new CommunityDatabase { Provider = DatabaseProvider.PostgreSql, ConnectionString = connection }
            : CommunityDatabase.Sqlite(options.GetValueOrDefault("--database") ?? "/tmp/kpiseed/large.db");
        var runs = int.Parse(options.GetValueOrDefault("--runs") ?? "10", CultureInfo.InvariantCulture);
        var days = int.Parse(options.GetValueOrDefault("--days") ?? "365", CultureInfo.InvariantCulture);
        await CommunityDatabaseInitializer.MigrateAsync(database);
        DateTime end;
        await using (var db = database.CreateContext())
        {
            end = (await db.ActivityEntries.MaxAsync(e => e.OccurredAt)).Date.AddDays(1);
            Console.WriteLine($"{database.Provider}: {await db.ActivityEntries.CountAsync():N0} activity entries; period {end.AddDays(-days):yyyy-MM-dd} to {end:yyyy-MM-dd}");
        }

        var period = KpiPeriod.Of(end.AddDays(-days), end);
        // --scope group: the group with the most members; --scope department: the largest department (both at the period's end).
        var scope = Domain.Kpis.KpiScope.Everyone;
        await using (var db = database.CreateContext())
        {
            switch (options.GetValueOrDefault("--scope") ?? "everyone")
            {
                case "group":
                    scope = new Domain.Kpis.KpiScope(await db.GroupMembershipPeriods.Where(p => p.LeftAt == null)
                        .GroupBy(p => p.GroupId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());
                    break;
                case "department":
                    scope = new Domain.Kpis.KpiScope(Department: await db.MemberStates.Where(s => s.ValidTo == null && s.Department != null)
                        .GroupBy(s => s.Department).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync());
                    break;
            }

            Console.WriteLine($"scope: {scope}");
        }

        var window = KpiService.DefaultActivationWindow;
        var contextOptions = database.ContextOptions();
        if (options.ContainsKey("--show-sql"))
        {
            // Each statement with its time, to see which one a section spends on.
            contextOptions = (DbContextOptions<CommunityDbContext>)new DbContextOptionsBuilder<CommunityDbContext>(contextOptions)
                .LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]).Options;
            runs = 1;
        }

        var factory = new PooledDbContextFactory<CommunityDbContext>(contextOptions);

        async Task<double> MedianAsync(Func<Task> run)
        {
            for (var i = 0; i < 1; i++)
            {
                await run();
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await run();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            return times[times.Count / 2];
        }

        async Task ComputeAsync(KpiPeriod p, KpiSections sections)
        {
            await using var db = await factory.CreateDbContextAsync();
            await new KpiService(db).ComputeAsync(p, scope, window, default, sections);
        }

        Console.WriteLine($"{"section (its KPIs)",-72} {"median ms",10}");
        var only = options.GetValueOrDefault("--only");
        foreach (var section in Enum.GetValues<KpiSections>().Where(s => s is not (KpiSections.None or KpiSections.All)
            && (only is null || only.Split(',').Contains(s.ToString(), StringComparer.OrdinalIgnoreCase))))
        {
            var metrics = string.Join(", ", Enum.GetValues<KpiMetric>().Where(m => KpiSectionsOf.Metric(m) == section));
            var label = $"{section} ({(metrics.Length == 0 ? "leadership" : metrics)})";
            Console.WriteLine($"{(label.Length > 72 ? label[..69] + "..." : label),-72} {await MedianAsync(() => ComputeAsync(period, section)),10:F1}");
        }

        if (only is not null)
        {
            return 0;
        }

        Console.WriteLine($"{"every figure of the year",-72} {await MedianAsync(() => ComputeAsync(period, KpiSections.All)),10:F1}");
        Console.WriteLine($"{"kpis { current previous }: the year and the year before, side by side",-72} {await MedianAsync(() => Task.WhenAll(Task.Run(() => ComputeAsync(period, KpiSections.All)), Task.Run(() => ComputeAsync(period.Previous, KpiSections.All)))),10:F1}");
        return 0;
    }
}
