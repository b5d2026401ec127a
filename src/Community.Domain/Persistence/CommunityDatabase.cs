using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Community.Domain.Persistence;

/// <summary>
/// Where the community's data lives. Bound from the <c>Database</c> configuration section:
/// <c>Provider</c> (Sqlite or PostgreSql), <c>Path</c> (SQLite file) and <c>ConnectionString</c> (PostgreSQL).
/// </summary>
public sealed record CommunityDatabase
{
    public const string DefaultPath = "data/community.db";

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory unless rooted.</summary>
    public string Path { get; init; } = DefaultPath;

    /// <summary>The PostgreSQL connection string; unused for SQLite.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>How long a SQLite writer waits for another one to finish before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Raised in this process when a transaction that wrote outbox rows commits (contexts from <see cref="Configure"/> raise it).</summary>
    public OutboxCommitSignal OutboxCommits { get; } = new();

    public static CommunityDatabase Sqlite(string path) => new() { Path = path };

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string SqliteConnectionString() => new SqliteConnectionStringBuilder
    {
        DataSource = FullPath,
        ForeignKeys = true,
        DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        Pooling = true,
    }.ToString();

    public string PostgreSqlConnectionString() => ConnectionString ?? throw new InvalidOperationException(
        "Set Database:ConnectionString to use the PostgreSql provider.");

    /// <summary>Points EF Core at this database, with the SQLite connection settings applied on every open.</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString())
                    .AddInterceptors(new SqliteConnectionSettings(BusyTimeout));
                break;
            case DatabaseProvider.PostgreSql:
                builder.UseNpgsql(PostgreSqlConnectionString());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {Provider}.");
        }

        return builder.AddInterceptors(new OutboxCommitInterceptor(OutboxCommits));
    }

    public DbContextOptions<CommunityDbContext> ContextOptions() =>
        (DbContextOptions<CommunityDbContext>)Configure(new DbContextOptionsBuilder<CommunityDbContext>()).Options;

    public CommunityDbContext CreateContext() => new(ContextOptions());

    /// <summary>Opens a raw SQLite connection with the same settings EF Core uses.</summary>
    public SqliteConnection OpenSqliteConnection()
    {
        var connection = new SqliteConnection(SqliteConnectionString());
        connection.Open();
        SqliteConnectionSettings.Apply(connection, BusyTimeout);
        return connection;
    }

    /// <summary>Opens a raw PostgreSQL connection to the configured database.</summary>
    public async Task<NpgsqlConnection> OpenPostgreSqlConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(PostgreSqlConnectionString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
