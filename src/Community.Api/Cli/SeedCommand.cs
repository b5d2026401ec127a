using System.CommandLine;
using System.Diagnostics;
using Community.Domain.Persistence;
using Community.Domain.Seeding;
using Spectre.Console;

namespace Community.Api.Cli;

/// <summary>
/// <c>seed --size demo|large [--database path] [--seed n] [--anchor yyyy-MM-dd] [--replace]</c>: creates or upgrades
/// the SQLite file and fills it with a deterministic community, showing a progress bar per stage.
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size")
        {
            Description = "How much data: 'demo' (a few hundred members) or 'large' (the benchmark set: 10,000 members, 200,000 posts).",
            DefaultValueFactory = _ => "demo",
        };
        size.AcceptOnlyFromAmong("demo", "large");
        var database = new Option<string>("--database")
        {
            Description = "The SQLite file to seed.",
            DefaultValueFactory = _ => CommunityDatabase.DefaultPath,
        };
        var randomSeed = new Option<int>("--seed")
        {
            Description = "The random seed; the same seed and day give the same data.",
            DefaultValueFactory = _ => SeedOptions.DefaultRandomSeed,
        };
        var anchor = new Option<DateTime?>("--anchor")
        {
            Description = "The UTC day the data leads up to, as yyyy-MM-dd (today by default); the same size, seed and anchor give identical rows.",
            CustomParser = ParseAnchor,
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Delete the file first if it exists (seeding needs an empty database).",
        };

        var command = new Command("seed", "Fill a database with a deterministic demo or benchmark community.")
        {
            size, database, randomSeed, anchor, replace,
        };
        command.SetAction((ParseResult result, CancellationToken cancellationToken) => RunAsync(
            SeedSize.Parse(result.GetValue(size)!), CommunityDatabase.Sqlite(result.GetValue(database)!),
            new SeedOptions(result.GetValue(randomSeed), result.GetValue(anchor)), result.GetValue(replace), cancellationToken));
        return command;
    }

    /// <summary>A UTC day written yyyy-MM-dd; anything else is refused with the expected shape.</summary>
    private static DateTime? ParseAnchor(System.CommandLine.Parsing.ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var day))
        {
            return DateTime.SpecifyKind(day, DateTimeKind.Utc);
        }

        result.AddError($"--anchor takes a day as yyyy-MM-dd, such as 2026-03-01; '{text}' is not one.");
        return null;
    }

    private static async Task<int> RunAsync(SeedSize size, CommunityDatabase database, SeedOptions options, bool replace,
        CancellationToken cancellationToken)
    {
        if (replace)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database.FullPath + suffix);
            }
        }

        var stopwatch = Stopwatch.StartNew();
        await CommunityDatabaseInitializer.MigrateAsync(database, cancellationToken);
        SeedReport report;
        try
        {
            report = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(context => new SeedGenerator(database).SeedAsync(size, options, new ProgressBars(context), cancellationToken));
        }
        catch (InvalidOperationException error)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{error.Message}[/] Use --replace to start from a new file.");
            return 1;
        }

        var table = new Table().AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (name, rows) in report.RowsByTable.OrderByDescending(r => r.Value))
        {
            table.AddRow(name, rows.ToString("N0"));
        }

        AnsiConsole.Write(table);
        var bytes = new[] { "", "-wal" }.Select(s => new FileInfo(database.FullPath + s)).Where(f => f.Exists).Sum(f => f.Length);
        AnsiConsole.MarkupLineInterpolated(
            $"Seeded [green]{size.Name}[/] into {database.FullPath}: {report.TotalRows:N0} rows in {report.Elapsed.TotalSeconds:N1} s (total {stopwatch.Elapsed.TotalSeconds:N1} s), {bytes / 1024.0 / 1024.0:N1} MiB.");
        return 0;
    }

    /// <summary>One bar per seed stage, updated on the seeding thread as rows are written.</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<SeedProgress>
    {
        private readonly Dictionary<string, ProgressTask> _bars = [];

        public void Report(SeedProgress value)
        {
            lock (_bars)
            {
                if (!_bars.TryGetValue(value.Stage, out var bar))
                {
                    bar = _bars[value.Stage] = context.AddTask(value.Stage, maxValue: Math.Max(1, value.Total));
                }

                bar.Value = Math.Max(bar.Value, value.Done);
            }
        }
    }
}
