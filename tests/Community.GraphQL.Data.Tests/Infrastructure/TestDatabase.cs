using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// A database of one provider filled with <see cref="LibraryRows"/>: a SQLite file, or a database
/// created on the PostgreSQL server named by <c>COMMUNITY_TEST_POSTGRES</c>. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string PostgreSql = "postgresql";
    public const string PostgresVariable = "COMMUNITY_TEST_POSTGRES";

    private readonly string? _sqlitePath;
    private readonly string? _postgresDatabase;

    private TestDatabase(string provider, DbContextOptions<LibraryDbContext> options, string? sqlitePath, string? postgresDatabase)
    {
        Provider = provider;
        Options = options;
        _sqlitePath = sqlitePath;
        _postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }

    public DbContextOptions<LibraryDbContext> Options { get; }

    /// <summary>The providers to run on: SQLite always; PostgreSQL when a server is named, and always on CI (where its absence fails).</summary>
    public static IEnumerable<object[]> Providers()
    {
        yield return [Sqlite];
        if (PostgresServer is not null || IsCi)
        {
            yield return [PostgreSql];
        }
    }

    private static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static TestDatabase Create(string provider, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        TestDatabase database;
        if (provider == Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"community-data-{Guid.NewGuid():N}.db");
            var options = new DbContextOptionsBuilder<LibraryDbContext>().UseSqlite($"Data Source={path};Pooling=False").AddInterceptors([new SqliteUnicodeLower(), .. interceptors]).Options;
            database = new TestDatabase(provider, options, path, null);
        }
        else
        {
            var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set: CI must run the PostgreSQL tests (.ci/run starts a server).");
            var name = $"community_data_{Guid.NewGuid():N}";
            using (var connection = new NpgsqlConnection(server))
            {
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                command.ExecuteNonQuery();
            }

            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            var options = new DbContextOptionsBuilder<LibraryDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptors).Options;
            database = new TestDatabase(provider, options, null, name);
        }

        using var context = database.CreateContext();
        context.Database.EnsureCreated();
        context.Authors.AddRange(LibraryRows.Create());
        context.SaveChanges();
        return database;
    }

    public LibraryDbContext CreateContext() => new(Options);

    /// <summary>The rows as loaded objects with their relations, for LINQ to Objects.</summary>
    public List<Article> LoadArticles()
    {
        using var context = CreateContext();
        return context.Articles.Include(a => a.Author).Include(a => a.Comments).AsNoTrackingWithIdentityResolution().OrderBy(a => a.Id).ToList();
    }

    public void Dispose()
    {
        if (_sqlitePath is not null)
        {
            File.Delete(_sqlitePath);
        }

        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(PostgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
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
}
