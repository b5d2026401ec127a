using Community.Domain.Model;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Npgsql;

namespace Community.Domain.Tests.Persistence;

/// <summary>
/// On PostgreSQL identity values are taken before commit, so rows commit out of id order: the feed
/// holds back rows of transactions newer than the oldest one still running, and delivers each row once.
/// </summary>
[PostgreSqlTests]
public sealed class PostgreSqlOutboxOrderTests
{
    [DatabaseFact]
    public async Task A_row_committed_after_a_newer_one_is_delivered_once_and_not_skipped()
    {
        using var database = await PostgreSqlTestDatabase.MigratedAsync();
        await using var early = await database.Database.OpenPostgreSqlConnectionAsync();
        await using var late = await database.Database.OpenPostgreSqlConnectionAsync();

        // The early transaction starts writing first, then the late one takes a lower id and commits first.
        await using var earlyTransaction = await early.BeginTransactionAsync();
        await ExecuteAsync(early, "SELECT pg_current_xact_id()");
        await using (var lateTransaction = await late.BeginTransactionAsync())
        {
            await InsertAsync(late, 10);
            await lateTransaction.CommitAsync();
        }

        await InsertAsync(early, 20);
        Assert.Empty(await ReadAsync(database, OutboxPosition.Start));

        await earlyTransaction.CommitAsync();
        var delivered = await ReadAsync(database, OutboxPosition.Start, expected: 2);

        Assert.Equal([20L, 10L], delivered.Select(r => r.PostId!.Value));
        Assert.True(delivered[0].Id > delivered[1].Id);
        Assert.Empty(await ReadAsync(database, delivered[^1].Position));
    }

    [DatabaseFact]
    public async Task The_head_is_behind_rows_still_being_written()
    {
        using var database = await PostgreSqlTestDatabase.MigratedAsync();
        await using var writer = await database.Database.OpenPostgreSqlConnectionAsync();
        await using var transaction = await writer.BeginTransactionAsync();
        await InsertAsync(writer, 30);

        OutboxPosition head;
        await using (var context = database.NewContext())
        {
            head = await OutboxFeed.HeadAsync(context);
        }

        await transaction.CommitAsync();
        Assert.Equal([30L], (await ReadAsync(database, head, expected: 1)).Select(r => r.PostId!.Value));
    }

    private static async Task<List<OutboxEvent>> ReadAsync(TestDatabase database, OutboxPosition after)
    {
        await using var context = database.NewContext();
        return await OutboxFeed.ReadAfterAsync(context, after, 100);
    }

    /// <summary>Reads until the expected rows are there: transactions of other test databases on the server hold rows back a moment.</summary>
    private static async Task<List<OutboxEvent>> ReadAsync(TestDatabase database, OutboxPosition after, int expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var read = await ReadAsync(database, after);
            if (read.Count >= expected)
            {
                return read;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    private static Task InsertAsync(NpgsqlConnection connection, long postId) =>
        ExecuteAsync(connection, $"INSERT INTO \"OutboxEvents\" (\"Type\", \"PostId\", \"CreatedAt\") VALUES ('PostCreated', {postId}, now())");

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
