using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>
/// Replaces SQLite's ASCII-only <c>lower()</c> with one that folds every letter, as docs/data.md
/// tells SQLite users to (the community domain does the same on its connections).
/// </summary>
public sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection) =>
        ((SqliteConnection)connection).CreateFunction("lower", (string? text) => text?.ToLowerInvariant(), isDeterministic: true);
}
