using System.Runtime.CompilerServices;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Subscriptions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.Tests.Transport;

/// <summary>A server whose subscriptions read the <c>messages</c> topic of an in-memory bus the test publishes to.</summary>
internal sealed class SubscriptionTestHost : IAsyncDisposable
{
    public const string Topic = "messages";

    private SubscriptionTestHost(TransportTestServer server, InMemoryEventBus bus, FakeRequestExecutor executor)
    {
        Server = server;
        Bus = bus;
        Executor = executor;
    }

    public TransportTestServer Server { get; }

    public InMemoryEventBus Bus { get; }

    public FakeRequestExecutor Executor { get; }

    public static async Task<SubscriptionTestHost> StartAsync(Action<GraphQLServerOptions>? configure = null, int bufferSize = 1024)
    {
        var bus = new InMemoryEventBus(new EventBusOptions { SubscriberBufferSize = bufferSize });
        var executor = new FakeRequestExecutor { Events = options => ReadAsync(bus, options.CancellationToken) };
        var server = await TransportTestServer.StartAsync(
            executor,
            options =>
            {
                options.KeepAliveInterval = TimeSpan.Zero;
                configure?.Invoke(options);
            },
            services =>
            {
                services.AddSingleton(bus);
                services.AddInMemoryEventBus();
                services.AddAuthentication(TestAuthenticationHandler.SchemeName)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
            },
            pipeline: app => app.UseAuthentication());
        return new SubscriptionTestHost(server, bus, executor);
    }

    /// <summary>Waits until <paramref name="count"/> subscribers listen, so that what is published next reaches them.</summary>
    public async Task WaitForSubscribersAsync(int count = 1)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Bus.SubscriberCount(Topic) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Expected {count} subscribers, have {Bus.SubscriberCount(Topic)}");
            await Task.Delay(10);
        }
    }

    public ValueTask PublishAsync(string message) => Bus.PublishAsync(Topic, message);

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private static async IAsyncEnumerable<object?> ReadAsync(IEventBus bus, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await bus.SubscribeAsync<string>(Topic, cancellationToken);
        await foreach (var message in stream.WithCancellation(cancellationToken))
        {
            yield return message;
        }
    }
}
