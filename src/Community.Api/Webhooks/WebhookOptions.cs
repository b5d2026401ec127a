namespace Community.Api.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section.</summary>
public sealed class WebhookOptions
{
    /// <summary>Whether endpoints may be plain http; by default only in the Development environment.</summary>
    public bool? AllowHttp { get; set; }

    /// <summary>How often the sender looks for due deliveries when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an endpoint has to answer an attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a node's claim on a delivery lasts; another node retries it when a claim ends unanswered
    /// (the claiming node died). By default three timeouts and 30 seconds, so a live attempt always ends first.
    /// </summary>
    public TimeSpan? ClaimLease { get; set; }

    /// <summary>How many deliveries one round sends, side by side at most <see cref="MaxParallelSends"/>.</summary>
    public int BatchSize { get; set; } = 50;

    public int MaxParallelSends { get; set; } = 8;
}
