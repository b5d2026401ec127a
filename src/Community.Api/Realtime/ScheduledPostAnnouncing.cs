using Community.Domain.Services;

namespace Community.Api.Realtime;

/// <summary>
/// Every <see cref="OutboxDispatcherOptions.ScheduledPostInterval"/>, announces the scheduled posts that
/// came due (<see cref="ScheduledPostAnnouncer"/>): their PostCreated is recorded then, not when they
/// were scheduled. Every node runs it; each post is claimed by exactly one.
/// </summary>
internal sealed partial class ScheduledPostAnnouncing(
    IServiceScopeFactory scopes,
    OutboxDispatcherOptions options,
    ILogger<ScheduledPostAnnouncing> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int announced;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    announced = await scope.ServiceProvider.GetRequiredService<ScheduledPostAnnouncer>().AnnounceDueAsync(BatchSize, stoppingToken);
                }
                while (announced == BatchSize);

                await Task.Delay(options.ScheduledPostInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogAnnouncingFailed(error);
                await Task.Delay(options.ScheduledPostInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcing due scheduled posts failed; retrying.")]
    private partial void LogAnnouncingFailed(Exception error);
}
