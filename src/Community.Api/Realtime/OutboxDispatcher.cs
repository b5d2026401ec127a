using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Community.Api.Realtime;

/// <summary>
/// Delivers committed outbox rows to this node's subscriptions: reads them in delivery order after the
/// last one this node published (<see cref="OutboxFeed"/>), publishes each to its topic on the node's
/// <see cref="IEventBus"/>, and waits for the next commit. It starts at the outbox's head when the node
/// starts, so a subscriber receives the events from when it subscribed on; consumers that must not miss
/// anything across restarts (webhooks) keep a cursor of their own in the database instead.
/// <para>
/// It wakes on this process's commits (<see cref="OutboxCommitSignal"/>), on PostgreSQL also on
/// <c>NOTIFY community_outbox</c> (sent by a trigger at the commit of every transaction that wrote
/// rows, from any node), and in any case every <see cref="OutboxDispatcherOptions.PollInterval"/>,
/// so a notification lost with a dropped connection delays events but loses none.
/// </para>
/// </summary>
internal sealed partial class OutboxDispatcher(
    CommunityDatabase database,
    IDbContextFactory<CommunityDbContext> contexts,
    IEventBus bus,
    OutboxDispatcherOptions options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private const string Channel = "community_outbox";

    private OutboxPosition _delivered;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            _delivered = await OutboxFeed.HeadAsync(db, cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var listening = database.Provider == DatabaseProvider.PostgreSql ? ListenAsync(stoppingToken) : Task.CompletedTask;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before reading: a commit during the read wakes the next wait at once.
            var commit = database.OutboxCommits.Next;
            try
            {
                await DeliverPendingAsync(stoppingToken);
                await commit.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (TimeoutException)
            {
                // The poll: nothing woke us in time, read anyway.
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogDeliveryFailed(error);
                await Task.Delay(options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        await listening;
    }

    /// <summary>Publishes every committed row after the last delivered one, batch by batch.</summary>
    private async Task DeliverPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            List<OutboxEvent> rows;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                rows = await OutboxFeed.ReadAfterAsync(db, _delivered, options.BatchSize, cancellationToken);
            }

            foreach (var row in rows)
            {
                if (CommunityTopics.For(row) is { } target)
                {
                    await bus.PublishAsync(target.Topic, target.Message, cancellationToken);
                }

                _delivered = row.Position;
            }

            if (rows.Count < options.BatchSize)
            {
                return;
            }
        }
    }

    /// <summary>Holds a connection that LISTENs for commits of other nodes (and this one), reconnecting when it drops.</summary>
    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await database.OpenPostgreSqlConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => database.OutboxCommits.Raise();
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Rows committed while nobody listened are read now rather than at the next poll.
                database.OutboxCommits.Raise();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogListenFailed(error);
                await Task.Delay(options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivering outbox events failed; retrying.")]
    private partial void LogDeliveryFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for outbox notifications failed; polling until reconnected.")]
    private partial void LogListenFailed(Exception error);
}
