namespace Community.GraphQL.Tests.Snapshots;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "snapshot-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void A_missing_snapshot_is_recorded_and_reported()
    {
        var result = Snapshot.Compare("hello\n", _directory, "Case.Missing", update: false);

        Assert.Equal(SnapshotOutcome.Recorded, result.Outcome);
        Assert.Contains("was recorded", result.Message);
        Assert.Equal("hello\n", File.ReadAllText(Path.Combine(_directory, "__snapshots__", "Case.Missing.snap")));
    }

    [Fact]
    public void An_equal_snapshot_matches_whatever_the_line_endings()
    {
        Snapshot.Compare("a\nb", _directory, "Case.Equal", update: false);

        var result = Snapshot.Compare("a\r\nb", _directory, "Case.Equal", update: false);

        Assert.Equal(SnapshotOutcome.Matched, result.Outcome);
    }

    [Fact]
    public void A_mismatch_writes_the_actual_text_and_shows_a_line_diff()
    {
        Snapshot.Compare("one\ntwo\nthree\n", _directory, "Case.Diff", update: false);

        var result = Snapshot.Compare("one\nTWO\nthree\n", _directory, "Case.Diff", update: false);

        Assert.Equal(SnapshotOutcome.Mismatch, result.Outcome);
        Assert.Contains("-two\n+TWO\n", result.Message);
        Assert.Contains(" one\n", result.Message);
        Assert.Equal("one\nTWO\nthree\n", File.ReadAllText(Path.Combine(_directory, "__mismatch__", "Case.Diff.snap")));
        Assert.Equal("one\ntwo\nthree\n", File.ReadAllText(Path.Combine(_directory, "__snapshots__", "Case.Diff.snap")));
    }

    [Fact]
    public void Updating_rerecords_the_snapshot_and_passes()
    {
        Snapshot.Compare("old", _directory, "Case.Update", update: false);

        var result = Snapshot.Compare("new", _directory, "Case.Update", update: true);

        Assert.Equal(SnapshotOutcome.Updated, result.Outcome);
        Assert.Equal(SnapshotOutcome.Matched, Snapshot.Compare("new", _directory, "Case.Update", update: false).Outcome);
    }

    [Fact]
    public void A_later_match_removes_the_mismatch_file()
    {
        Snapshot.Compare("x", _directory, "Case.Clean", update: false);
        Snapshot.Compare("y", _directory, "Case.Clean", update: false);

        Snapshot.Compare("x", _directory, "Case.Clean", update: false);

        Assert.False(File.Exists(Path.Combine(_directory, "__mismatch__", "Case.Clean.snap")));
    }

    [Fact]
    public void The_diff_marks_added_and_removed_lines_with_context()
    {
        string diff = Snapshot.Diff("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk", "a\nb\nc\nd\nX\nf\ng\nh\ni\nj\nk\nl");

        Assert.Equal("--- expected\n+++ actual\n c\n d\n-e\n+X\n f\n g\n@@\n j\n k\n+l\n", diff);
    }
}
