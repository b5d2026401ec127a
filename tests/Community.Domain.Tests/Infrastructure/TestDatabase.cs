using System.Security.Cryptography;
using System.Text;
using Community.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>A real SQLite file in its own temporary folder, migrated to the latest schema; deleted on dispose.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string _folder;

    private TestDatabase(string folder, CommunityDatabase database)
    {
        _folder = folder;
        Database = database;
    }

    public CommunityDatabase Database { get; }

    public string Path => Database.FullPath;

    public static TestDatabase Empty(string fileName = "community.db")
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "community-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(folder, CommunityDatabase.Sqlite(System.IO.Path.Combine(folder, fileName)));
    }

    public static async Task<TestDatabase> MigratedAsync()
    {
        var database = Empty();
        await CommunityDatabaseInitializer.MigrateAsync(database.Database);
        return database;
    }

    public CommunityDbContext NewContext() => Database.CreateContext();

    public SqliteConnection OpenConnection() => Database.OpenSqliteConnection();

    public long Scalar(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>A hash of every row of every table: equal fingerprints mean nothing was written.</summary>
    public string Fingerprint(params string[] exceptTables)
    {
        using var connection = OpenConnection();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var text = new StringBuilder();
        foreach (var table in tables.Except(exceptTables))
        {
            text.Append('#').Append(table).Append('\n');
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                text.Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a pooled connection of another test; the temp folder is cleaned by the OS.
        }
    }
}
