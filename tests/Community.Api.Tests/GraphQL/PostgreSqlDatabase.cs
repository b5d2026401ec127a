using Npgsql;

namespace Community.Api.Tests.GraphQL;

/// <summary>A fresh database of its own on the server <see cref="PostgreSqlFactAttribute"/> names, for tests whose nodes share one.</summary>
internal static class PostgreSqlDatabase
{
    /// <summary>Creates an empty database and returns its connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(PostgreSqlFactAttribute.ConnectionString);
        var name = $"community_api_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server.ToString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server.ToString()) { Database = name }.ToString();
    }

    /// <summary>Drops the database, closing whatever connections still use it.</summary>
    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgreSqlFactAttribute.ConnectionString).ToString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                // An autovacuum worker visiting the database cannot be terminated by a non-superuser; it leaves soon.
                await Task.Delay(200 * attempt);
            }
        }
    }
}
