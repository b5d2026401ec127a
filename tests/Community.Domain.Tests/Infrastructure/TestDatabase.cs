using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Community.Domain.Persistence;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// A fresh database of its own for one test, on either provider: a SQLite file in a temporary folder, or a
/// PostgreSQL database created for the test. Deleted (dropped) on dispose.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    protected TestDatabase(CommunityDatabase database)
    {
        Database = database;
    }

    public CommunityDatabase Database { get; }

    public DatabaseProvider Provider => Database.Provider;

    public static TestDatabase Empty(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => SqliteTestDatabase.Create(),
        DatabaseProvider.PostgreSql => PostgreSqlTestDatabase.Create(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static async Task<TestDatabase> MigratedAsync(DatabaseProvider provider)
    {
        var database = Empty(provider);
        await CommunityDatabaseInitializer.MigrateAsync(database.Database);
        return database;
    }

    public CommunityDbContext NewContext() => Database.CreateContext();

    /// <summary>Runs raw SQL (identifiers quoted, so it reads the same on both providers) and returns the first value.</summary>
    public long Scalar(string sql) => Convert.ToInt64(Query(sql).FirstOrDefault()?[0] ?? 0L, CultureInfo.InvariantCulture);

    public void Execute(string sql) => Query(sql);

    /// <summary>Every row the statement returns, with its values as read.</summary>
    public abstract List<object?[]> Query(string sql);

    /// <summary>The names of the tables, schema version table included.</summary>
    public abstract List<string> Tables();

    /// <summary>A hash of every row of every table: equal fingerprints mean nothing was written.</summary>
    public string Fingerprint(params string[] exceptTables)
    {
        var text = new StringBuilder();
        foreach (var table in Tables().Except(exceptTables).Order(StringComparer.Ordinal))
        {
            text.Append('#').Append(table).Append('\n');
            // Rows sorted as text: PostgreSQL has no rowid, and row order is not state.
            var rows = Query($"SELECT * FROM \"{table}\"").Select(row => string.Join('|', row.Select(Format))).Order(StringComparer.Ordinal);
            foreach (var row in rows)
            {
                text.Append(row).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public abstract void Dispose();

    protected static List<object?[]> ReadAll(System.Data.Common.DbDataReader reader)
    {
        var rows = new List<object?[]>();
        do
        {
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }
        }
        while (reader.NextResult());

        return rows;
    }

    private static string Format(object? value) => value switch
    {
        null or DBNull => "∅",
        DateTime time => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(',', items.Cast<object?>().Select(Format)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
