using System.Data.Common;

namespace Community.Domain.Seeding;

/// <summary>
/// Drops a SQLite file's secondary indexes for a bulk load and builds them again afterwards:
/// building an index once from sorted keys is several times faster than updating it row by row.
/// Unique indexes are rebuilt too, so a duplicate the load let through still fails the seed.
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly List<(string Name, string Sql)> _indexes = [];

    private DeferredIndexes()
    {
    }

    public static DeferredIndexes Drop(DbConnection connection)
    {
        var deferred = new DeferredIndexes();
        using (var list = connection.CreateCommand())
        {
            // Indexes without SQL are the ones SQLite made for primary keys and UNIQUE constraints: they stay.
            list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                deferred._indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in deferred._indexes)
        {
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        return deferred;
    }

    public void Rebuild(DbConnection connection, IProgress<SeedProgress>? progress)
    {
        for (var i = 0; i < _indexes.Count; i++)
        {
            progress?.Report(new SeedProgress("Indexes", i, _indexes.Count));
            Execute(connection, _indexes[i].Sql);
        }

        progress?.Report(new SeedProgress("Indexes", _indexes.Count, _indexes.Count));
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
