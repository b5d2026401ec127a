namespace Community.Domain.Model;

/// <summary>One attempt to post a delivery, and what the endpoint answered.</summary>
public sealed class WebhookDeliveryAttempt
{
    public const int ResponseMaxLength = 1000;
    public const int ErrorMaxLength = 500;

    private WebhookDeliveryAttempt()
    {
    }

    public WebhookDeliveryAttempt(DateTime attemptedAt, int? statusCode, string? responseBody, string? error, int durationMilliseconds)
    {
        AttemptedAt = attemptedAt;
        StatusCode = statusCode;
        ResponseBody = Truncate(responseBody, ResponseMaxLength);
        Error = Truncate(error, ErrorMaxLength);
        DurationMilliseconds = durationMilliseconds;
    }

    public long Id { get; private set; }

    public long DeliveryId { get; private set; }

    public DateTime AttemptedAt { get; private set; }

    /// <summary>The HTTP status the endpoint answered; null when no answer came (timeout, refused connection).</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The start of the endpoint's answer, for diagnosis.</summary>
    public string? ResponseBody { get; private set; }

    /// <summary>Why no answer came, when none did.</summary>
    public string? Error { get; private set; }

    public int DurationMilliseconds { get; private set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;

    /// <summary>
    /// The same attempt as a row not yet saved. A transaction that is retried records a copy each time:
    /// a failed try may have given the previous copy a database id, and EF Core would then update that
    /// row (which the rollback removed) instead of inserting it.
    /// </summary>
    internal WebhookDeliveryAttempt Unsaved() => new(AttemptedAt, StatusCode, ResponseBody, Error, DurationMilliseconds);

    private static string? Truncate(string? text, int maximum) =>
        text is null ? null : text.Length <= maximum ? text : text[..maximum];
}
