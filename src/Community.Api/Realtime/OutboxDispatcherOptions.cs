namespace Community.Api.Realtime;

/// <summary>Settings of the outbox dispatcher and the scheduled-post announcer, bound from <c>Realtime</c>.</summary>
internal sealed class OutboxDispatcherOptions
{
    /// <summary>How often the outbox is read when no commit signal or NOTIFY arrived (the fallback for a missed one).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often due scheduled posts are looked for.</summary>
    public TimeSpan ScheduledPostInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Rows read per statement.</summary>
    public int BatchSize { get; set; } = 500;
}
