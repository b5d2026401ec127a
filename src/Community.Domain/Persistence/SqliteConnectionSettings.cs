using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Domain.Persistence;

/// <summary>
/// Applies the per-connection SQLite settings on every open: foreign keys enforced, writers wait
/// for each other instead of failing at once, and WAL's relaxed fsync (safe with WAL). SQLite's
/// own <c>lower()</c> folds ASCII letters only; it is replaced by one that folds every letter as
/// .NET and PostgreSQL do, so that case-insensitive filters match "Élan" on both databases.
/// </summary>
internal sealed class SqliteConnectionSettings(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        Apply(connection, busyTimeout);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Apply(connection, busyTimeout);
        return Task.CompletedTask;
    }

    public static void Apply(DbConnection connection, TimeSpan busyTimeout)
    {
        using var command = connection.CreateCommand();
        command.CommandText =
            $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
        }
    }
}
