using Community.Domain.Persistence;
using Npgsql;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>A database created on the test server (<see cref="PostgreSqlTestServer"/>) for one test; dropped on dispose.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private PostgreSqlTestDatabase(CommunityDatabase database) : base(database)
    {
    }

    public static PostgreSqlTestDatabase Create() => new(new CommunityDatabase
    {
        Provider = DatabaseProvider.PostgreSql,
        ConnectionString = PostgreSqlTestServer.CreateDatabase(),
    });

    public static async Task<PostgreSqlTestDatabase> MigratedAsync()
    {
        var database = Create();
        await CommunityDatabaseInitializer.MigrateAsync(database.Database);
        return database;
    }

    public NpgsqlConnection OpenConnection()
    {
        var connection = new NpgsqlConnection(Database.ConnectionString);
        connection.Open();
        return connection;
    }

    public override List<object?[]> Query(string sql)
    {
        using var connection = OpenConnection();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        return ReadAll(reader);
    }

    public override List<string> Tables() =>
        Query("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")
            .Select(r => (string)r[0]!).ToList();

    public override void Dispose() => PostgreSqlTestServer.DropDatabase(Database.ConnectionString!);
}
