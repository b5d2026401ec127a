using Npgsql;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>COMMUNITY_TEST_POSTGRES</c> (a connection string for a role
/// that may create databases). Each test creates a database with a unique name and drops it afterwards.
/// Without the variable PostgreSQL tests are skipped, except on CI (<c>CI=true</c>), where they fail instead.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string Variable = "COMMUNITY_TEST_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Why PostgreSQL tests are skipped, or null when they run (a server is named, or this is CI).</summary>
    public static string? SkipReason =>
        ConnectionString is null && !IsCi
            ? $"PostgreSQL tests need {Variable}, e.g. \"Host=127.0.0.1;Port=5433;Username=me;Password=secret;Database=postgres\" (a role with CREATEDB)."
            : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = ConnectionString ?? throw new InvalidOperationException(
            $"{Variable} is not set: CI must run the PostgreSQL tests (.ci/run starts a server and sets it).");
        var name = $"community_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(server))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
    }

    public static void DropDatabase(string connectionString)
    {
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        // FORCE: a connection a test left open (a racing context, a reader) must not keep the database alive.
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                // An autovacuum worker visiting the new database cannot be terminated by a non-superuser; it leaves soon.
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
