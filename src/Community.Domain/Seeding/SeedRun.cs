using System.Data.Common;
using System.Text.Json;
using Bogus;

namespace Community.Domain.Seeding;

/// <summary>
/// One seeding pass. Ids are assigned here (the database is empty), so rows can refer to each other
/// without reading anything back. All randomness comes from the seed: one seeded <see cref="Randomizer"/>, and
/// one per member for their daily sign-ins. Rows keep the domain's rules (see <see cref="CanAct"/>): nobody acts
/// before their first sign-in or once disabled, nor in a group before joining it, and the history tables are
/// written with the rows they describe.
/// </summary>
internal sealed partial class SeedRun
{
    private const int ProgressEvery = 5_000;

    private readonly DbConnection _connection;
    private readonly SeedSize _size;
    private readonly DateTime _anchor;
    private readonly DateTime _start;
    private readonly bool _postgres;
    private readonly IProgress<SeedProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly Faker _faker;
    private readonly Randomizer _random;
    private readonly int _randomSeed;
    private readonly Dictionary<string, long> _nextId = new(StringComparer.Ordinal);
    private BulkWriter _writer = null!;
    private BulkTable _activity = null!;
    private BulkTable _points = null!;
    private BulkTable _notifications = null!;

    public SeedRun(DbConnection connection, SeedSize size, int randomSeed, DateTime anchor, bool postgres,
        IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
    {
        _connection = connection;
        _size = size;
        _anchor = anchor;
        _start = anchor.AddDays(-size.Days);
        _postgres = postgres;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _faker = new Faker("en") { Random = new Randomizer(randomSeed) };
        _random = _faker.Random;
        _randomSeed = randomSeed;
    }

    public IReadOnlyDictionary<string, long> Execute()
    {
        using (_writer = _postgres ? new PostgreSqlCopyWriter((Npgsql.NpgsqlConnection)_connection) : new PreparedInsertWriter(_connection))
        {
            _activity = _writer.Table("ActivityEntries", "Id", "MemberId", "Kind", "OccurredAt", "GroupId", "PostId", "SubjectId");
            _points = _writer.Table("PointsEntries", "Id", "MemberId", "Points", "Reason", "SourceId", "OccurredAt");
            _notifications = _writer.Table("Notifications", "Id", "RecipientId", "Kind", "ActorId", "PostId", "EventId", "CreatedAt", "ReadAt");

            SeedMembers();
            SeedSignIns();
            SeedCatalogs();
            SeedGroups();
            SeedFollows();
            SeedPosts();
            SeedComments();
            SeedReactions();
            SeedViews();
            SeedPollVotes();
            SeedEvents();
            SeedSurveys();
            SeedReports();
            _writer.Commit();
            if (_postgres)
            {
                AdvanceSequences();
            }

            return new Dictionary<string, long>(_writer.RowsByTable.Where(r => r.Value > 0));
        }
    }

    private long NextId(string table)
    {
        _nextId.TryGetValue(table, out var id);
        _nextId[table] = ++id;
        return id;
    }

    private void Activity(long memberId, Model.ActivityKind kind, DateTime at, long? groupId = null, long? postId = null, long? subjectId = null) =>
        _activity.Insert(NextId("ActivityEntries"), memberId, (int)kind, at, groupId, postId, subjectId);

    private void Points(long memberId, Model.PointsReason reason, long? sourceId, DateTime at) =>
        _points.Insert(NextId("PointsEntries"), memberId, Services.PointsRules.For(reason), (int)reason, sourceId, at);

    private void Notify(long recipientId, Model.NotificationKind kind, long? actorId, DateTime at, long? postId = null, long? eventId = null)
    {
        if (recipientId != actorId)
        {
            var read = _random.Bool(0.6f) && at < _anchor ? Min(at.AddHours(_random.Double(0.1, 48)), _anchor) : (DateTime?)null;
            _notifications.Insert(NextId("Notifications"), recipientId, (int)kind, actorId, postId, eventId, at, read);
        }
    }

    /// <summary>A time between two instants, uniformly.</summary>
    private DateTime Between(DateTime from, DateTime to) =>
        to <= from ? from : from.AddSeconds(_random.Double() * (to - from).TotalSeconds);

    /// <summary>A time soon after <paramref name="from"/> (most reactions come early), never after the anchor.</summary>
    private DateTime SoonAfter(DateTime from, double meanHours)
    {
        var hours = -Math.Log(1 - _random.Double()) * meanHours;
        var at = from.AddHours(hours);
        return at <= _anchor ? at : Between(from, _anchor);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private object SkillsValue(string[] skills) => _postgres ? skills : JsonSerializer.Serialize(skills);

    private Stage BeginStage(string name, long total) => new(this, name, total);

    /// <summary>Ids were written explicitly, so each identity sequence restarts after the highest id its table holds.</summary>
    private void AdvanceSequences()
    {
        var tables = new List<string>();
        using (var list = _connection.CreateCommand())
        {
            list.CommandText = "SELECT table_name FROM information_schema.columns " +
                "WHERE table_schema = current_schema() AND column_name = 'Id' AND is_identity = 'YES'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            using var command = _connection.CreateCommand();
            command.CommandText =
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), COALESCE((SELECT MAX(\"Id\") FROM \"{table}\"), 0) + 1, false)";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Reports a stage's progress now and then, and stops the run when cancelled.</summary>
    private sealed class Stage
    {
        private readonly SeedRun _run;
        private readonly string _name;
        private readonly long _total;
        private long _done;

        public Stage(SeedRun run, string name, long total)
        {
            _run = run;
            _name = name;
            _total = total;
            run._progress?.Report(new SeedProgress(name, 0, total));
        }

        public void Step()
        {
            if (++_done % ProgressEvery == 0 || _done == _total)
            {
                _run._cancellationToken.ThrowIfCancellationRequested();
                _run._progress?.Report(new SeedProgress(_name, _done, _total));
            }
        }

        public void Complete() => _run._progress?.Report(new SeedProgress(_name, _total, _total));
    }
}
