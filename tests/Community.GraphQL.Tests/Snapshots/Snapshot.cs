using System.Runtime.CompilerServices;
using System.Text;

namespace Community.GraphQL.Tests.Snapshots;

/// <summary>What <see cref="Snapshot.Compare"/> found.</summary>
public enum SnapshotOutcome
{
    /// <summary>The stored snapshot equals the actual text.</summary>
    Matched,

    /// <summary>No snapshot was stored; the actual text was written as the new snapshot.</summary>
    Recorded,

    /// <summary>Re-recording was asked for (<c>UPDATE_SNAPSHOTS=1</c>); the actual text was written.</summary>
    Updated,

    /// <summary>The stored snapshot differs; the actual text was written beside it under <c>__mismatch__</c>.</summary>
    Mismatch,
}

/// <summary>The outcome of a comparison and, for a mismatch, a readable line diff.</summary>
public sealed record SnapshotResult(SnapshotOutcome Outcome, string SnapshotPath, string Message);

/// <summary>
/// Snapshot testing: <c>Snapshot.Match(text)</c> compares <c>text</c> with
/// <c>__snapshots__/&lt;TestClass&gt;.&lt;Test&gt;.snap</c> beside the test file. A missing snapshot
/// is written and the test fails saying so (commit the file); a mismatch writes the actual text to
/// <c>__mismatch__/</c> and fails with a unified-style diff. With the environment variable
/// <c>UPDATE_SNAPSHOTS=1</c> snapshots are re-recorded and the test passes.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares with the snapshot named after the calling test class (file name) and method.</summary>
    public static void Match(string actual, [CallerFilePath] string file = "", [CallerMemberName] string name = "")
        => MatchNamed(actual, $"{Path.GetFileNameWithoutExtension(file)}.{name}", file);

    /// <summary>Compares with the snapshot <c>__snapshots__/&lt;snapshotName&gt;.snap</c> beside the calling file.</summary>
    public static void MatchNamed(string actual, string snapshotName, [CallerFilePath] string file = "")
    {
        string directory = Path.GetDirectoryName(file) ?? Directory.GetCurrentDirectory();
        bool update = Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";
        var result = Compare(actual, directory, snapshotName, update);
        if (result.Outcome is SnapshotOutcome.Recorded or SnapshotOutcome.Mismatch)
        {
            Assert.Fail(result.Message);
        }
    }

    /// <summary>The comparison itself, without failing the test (the helper's own tests use it).</summary>
    public static SnapshotResult Compare(string actual, string directory, string snapshotName, bool update)
    {
        ArgumentNullException.ThrowIfNull(actual);
        string normalized = Normalize(actual);
        string snapshotPath = Path.Combine(directory, "__snapshots__", snapshotName + ".snap");
        string mismatchPath = Path.Combine(directory, "__mismatch__", snapshotName + ".snap");

        if (update || !File.Exists(snapshotPath))
        {
            Write(snapshotPath, normalized);
            DeleteIfExists(mismatchPath);
            return update
                ? new SnapshotResult(SnapshotOutcome.Updated, snapshotPath, $"Snapshot updated: {snapshotPath}")
                : new SnapshotResult(
                    SnapshotOutcome.Recorded,
                    snapshotPath,
                    $"Snapshot '{snapshotName}' did not exist; it was recorded at {snapshotPath}. Review and commit it, then run the test again.");
        }

        string expected = Normalize(File.ReadAllText(snapshotPath));
        if (expected == normalized)
        {
            DeleteIfExists(mismatchPath);
            return new SnapshotResult(SnapshotOutcome.Matched, snapshotPath, "Snapshot matched.");
        }

        Write(mismatchPath, normalized);
        string message =
            $"Snapshot '{snapshotName}' does not match.{Environment.NewLine}"
            + $"  expected: {snapshotPath}{Environment.NewLine}"
            + $"  actual:   {mismatchPath}{Environment.NewLine}"
            + $"Run with UPDATE_SNAPSHOTS=1 to accept the actual text.{Environment.NewLine}"
            + Diff(expected, normalized);
        return new SnapshotResult(SnapshotOutcome.Mismatch, snapshotPath, message);
    }

    /// <summary>
    /// A unified-style line diff: <c>--- expected</c>, <c>+++ actual</c>, then hunks of changed lines
    /// (<c>-</c> removed, <c>+</c> added) with up to two lines of context.
    /// </summary>
    public static string Diff(string expected, string actual)
    {
        string[] a = Normalize(expected).Split('\n');
        string[] b = Normalize(actual).Split('\n');

        // Longest common subsequence table, from the end.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Op, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', a[x++]));
            }
            else
            {
                lines.Add(('+', b[y++]));
            }
        }

        const int context = 2;
        var output = new StringBuilder();
        output.Append("--- expected").Append('\n').Append("+++ actual").Append('\n');
        int lastPrinted = -1;
        for (int k = 0; k < lines.Count; k++)
        {
            bool near = false;
            for (int d = Math.Max(0, k - context); d <= Math.Min(lines.Count - 1, k + context) && !near; d++)
            {
                near = lines[d].Op != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastPrinted >= 0 && k > lastPrinted + 1)
            {
                output.Append("@@").Append('\n');
            }

            output.Append(lines[k].Op).Append(lines[k].Text).Append('\n');
            lastPrinted = k;
        }

        return output.ToString();
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
