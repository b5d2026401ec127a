using Community.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>A real SQLite file in its own temporary folder; the folder is deleted on dispose.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder;

    private SqliteTestDatabase(string folder, CommunityDatabase database) : base(database)
    {
        _folder = folder;
    }

    public string Path => Database.FullPath;

    public static SqliteTestDatabase Create(string fileName = "community.db")
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "community-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new SqliteTestDatabase(folder, CommunityDatabase.Sqlite(System.IO.Path.Combine(folder, fileName)));
    }

    public static async Task<SqliteTestDatabase> MigratedAsync()
    {
        var database = Create();
        await CommunityDatabaseInitializer.MigrateAsync(database.Database);
        return database;
    }

    public SqliteConnection OpenConnection() => Database.OpenSqliteConnection();

    public override List<object?[]> Query(string sql)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return ReadAll(reader);
    }

    public override List<string> Tables() =>
        Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").Select(r => (string)r[0]!).ToList();

    public override void Dispose()
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
