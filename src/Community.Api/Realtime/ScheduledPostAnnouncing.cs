using Community.Api.Hosting;
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
    ILogger<ScheduledPostAnnouncing> logger) : PeriodicScopedWork(scopes)
{
    private const int BatchSize = 100;

    protected override TimeSpan Interval => options.ScheduledPostInterval;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var announcer = services.GetRequiredService<ScheduledPostAnnouncer>();
        while (await announcer.AnnounceDueAsync(BatchSize, cancellationToken) == BatchSize)
        {
        }
    }

    protected override void OnFailed(Exception error) => LogAnnouncingFailed(error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Announcing due scheduled posts failed; retrying.")]
    private partial void LogAnnouncingFailed(Exception error);
}
