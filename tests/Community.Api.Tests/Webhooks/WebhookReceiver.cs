using System.Collections.Concurrent;
using System.Diagnostics;
using Community.Api.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.Webhooks;

/// <summary>One request as the receiver got it: the Standard Webhooks headers, the raw body, and when it came (on the test's stopwatch).</summary>
internal sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, TimeSpan ReceivedAt);

/// <summary>An endpoint on 127.0.0.1 that records every request it gets and answers 204, as a receiver that processes later does.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();

    private WebhookReceiver(WebApplication app, Stopwatch clock)
    {
        _app = app;
        _app.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue(new ReceivedWebhook(http.Request.Headers[WebhookHeaders.Id].ToString(), http.Request.Headers[WebhookHeaders.Timestamp].ToString(),
                http.Request.Headers[WebhookHeaders.Signature].ToString(), body, clock.Elapsed));
            return Results.NoContent();
        });
    }

    /// <summary>The address to register, e.g. <c>http://127.0.0.1:40123/hook</c>.</summary>
    public string Url { get; private set; } = null!;

    /// <summary>Every request so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Received => _received.ToArray();

    /// <summary>Starts a receiver that stamps requests with <paramref name="clock"/>'s elapsed time.</summary>
    public static async Task<WebhookReceiver> StartAsync(Stopwatch clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var receiver = new WebhookReceiver(builder.Build(), clock);
        await receiver._app.StartAsync();
        receiver.Url = receiver._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";
        return receiver;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
