using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Api.Webhooks;

/// <summary>
/// Turns committed outbox events into webhook deliveries on every node (each event is queued once per
/// webhook, whichever node gets there first; see <see cref="WebhookQueue"/>), then wakes the sender.
/// It wakes on commits (this process's, and on PostgreSQL every node's through the outbox dispatcher's
/// LISTEN) and polls every <see cref="WebhookOptions.PollInterval"/> in any case.
/// </summary>
internal sealed partial class WebhookQueueing(
    CommunityDatabase database,
    IServiceScopeFactory scopes,
    IDbContextFactory<CommunityDbContext> contexts,
    WebhookSender sender,
    IOptions<WebhookOptions> options,
    ILogger<WebhookQueueing> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var commit = database.OutboxCommits.Next;
            try
            {
                if (await QueuePendingAsync(stoppingToken) > 0)
                {
                    sender.Wake();
                }

                await commit.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (TimeoutException)
            {
                // The poll.
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogQueueingFailed(error);
                await Task.Delay(options.Value.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Queues every committed event after the webhooks' positions; returns how many deliveries were queued.</summary>
    internal async Task<int> QueuePendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            await using var reader = await contexts.CreateDbContextAsync(cancellationToken);
            var (read, queued) = await scope.ServiceProvider.GetRequiredService<WebhookQueue>()
                .QueueAsync(BatchSize, (row, type, token) => WebhookPayloads.CreateAsync(reader, row, type, token), cancellationToken);
            total += queued;
            if (read < BatchSize)
            {
                return total;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing webhook deliveries failed; retrying.")]
    private partial void LogQueueingFailed(Exception error);
}
