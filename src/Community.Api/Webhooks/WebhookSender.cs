using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Api.Webhooks;

/// <summary>
/// Posts due deliveries to their endpoints, signed, and records each attempt. Every node runs one;
/// a delivery is claimed by one node at a time (see <see cref="WebhookService.ClaimDueAsync"/>).
/// It looks for due deliveries every <see cref="WebhookOptions.PollInterval"/>, or at once when woken.
/// </summary>
internal sealed class WebhookSender(
    IServiceScopeFactory scopes,
    IDbContextFactory<CommunityDbContext> factory,
    IHttpClientFactory clients,
    WebhookSecrets secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger) : BackgroundService
{
    public const string ClientName = "Community.Webhooks";

    private const int RecordTries = 5;

    private readonly SemaphoreSlim _wake = new(0, 1);

    /// <summary>Asks the sender to look for due deliveries now (new deliveries were queued).</summary>
    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another caller woke it first.
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var sent = 0;
            try
            {
                sent = await SendDueAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(error, "Sending webhook deliveries failed; trying again shortly.");
            }

            if (sent == 0)
            {
                try
                {
                    await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Sends one round of due deliveries; returns how many were attempted.</summary>
    internal async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        // The lease outlasts an attempt, so a delivery is never sent twice at once; a node that dies
        // mid-send leaves it due again when the lease ends.
        var lease = settings.ClaimLease ?? settings.Timeout * 3 + TimeSpan.FromSeconds(30);
        // Taken before claiming, so no claim of this round ends earlier.
        var claimsEnd = clock.GetUtcNow() + lease;
        List<WebhookDelivery> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<WebhookService>().ClaimDueAsync(settings.BatchSize, lease, cancellationToken);
        }

        if (due.Count == 0)
        {
            return 0;
        }

        var webhookIds = due.Select(d => d.WebhookId).Distinct().ToList();
        Dictionary<long, Webhook> webhooks;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            webhooks = await db.Webhooks.AsNoTracking().Where(w => webhookIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        }

        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelSends, CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                if (clock.GetUtcNow() + settings.Timeout > claimsEnd)
                {
                    // It waited behind the batch's other attempts until its claim nearly ended: sending it now
                    // could overlap another node's attempt once the claim ends, so the next round takes it.
                    return;
                }

                var attempt = await AttemptAsync(webhooks[delivery.WebhookId], delivery, token);
                var recorded = await RecordAsync(delivery, attempt, token);
                if (recorded?.Status == WebhookDeliveryStatus.Failed)
                {
                    logger.LogWarning("Webhook delivery {DeliveryId} to {Url} failed after {Attempts} attempts.", delivery.Id, webhooks[delivery.WebhookId].Url, recorded.AttemptCount);
                }
            });
        return due.Count;
    }

    /// <summary>
    /// Records an attempt that was made, trying again a few times when the recording fails: concurrent
    /// recordings conflict on PostgreSQL now and then, and an attempt that goes unrecorded is sent again
    /// when its claim ends. Returns null when it could not be recorded; the batch's other deliveries go on.
    /// </summary>
    private async Task<WebhookDelivery?> RecordAsync(WebhookDelivery delivery, WebhookDeliveryAttempt attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<WebhookService>().RecordAttemptAsync(delivery.Id, attempt, cancellationToken);
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                if (tries == RecordTries)
                {
                    logger.LogError(error, "Recording an attempt of webhook delivery {DeliveryId} failed; it will be sent again when its claim ends.", delivery.Id);
                    return null;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(50, 150) * tries), cancellationToken);
            }
        }
    }

    private async Task<WebhookDeliveryAttempt> AttemptAsync(Webhook webhook, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = NewRequest(webhook, delivery, now);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Value.Timeout);
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadStartAsync(response, timeout.Token);
            return new WebhookDeliveryAttempt(now.UtcDateTime, (int)response.StatusCode, body, null, Elapsed(watch));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookDeliveryAttempt(now.UtcDateTime, null, null, $"No answer within {options.Value.Timeout.TotalSeconds:0} s.", Elapsed(watch));
        }
        catch (CryptographicException)
        {
            return new WebhookDeliveryAttempt(now.UtcDateTime, null, null,
                "The signing secret cannot be read with this node's keys; rotate the webhook's secret.", Elapsed(watch));
        }
        catch (HttpRequestException error)
        {
            return new WebhookDeliveryAttempt(now.UtcDateTime, null, null, error.Message, Elapsed(watch));
        }
    }

    private HttpRequestMessage NewRequest(Webhook webhook, WebhookDelivery delivery, DateTimeOffset now)
    {
        var id = WebhookHeaders.MessageId(delivery.OutboxEventId);
        var timestamp = now.ToUnixTimeSeconds();
        var signingSecrets = webhook.SigningSecrets(now.UtcDateTime).Select(secrets.Unprotect);
        var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookHeaders.Id, id);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Header(signingSecrets, id, timestamp, delivery.Payload));
        request.Headers.UserAgent.ParseAdd("CommunityGraph-Webhooks/1.0");
        return request;
    }

    private static async Task<string?> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var buffer = new char[WebhookDeliveryAttempt.ResponseMaxLength];
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var read = await reader.ReadBlockAsync(buffer.AsMemory(), cancellationToken);
        return read == 0 ? null : new string(buffer, 0, read);
    }

    private static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);
}
