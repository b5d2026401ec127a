using System.Runtime.CompilerServices;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;

namespace Community.Bench.Transport;

/// <summary>
/// The server under load: GraphQL at <c>/graphql</c>, and plain minimal-API endpoints that bind the
/// same JSON request and answer the same JSON, as the baseline of the HTTP comparison.
/// </summary>
internal static class BenchServer
{
    public const string Topic = "bench.messages";

    private const string Sdl = """
        type Query { hello(name: String = "world"): String! }
        type Mutation { publish(message: String!): Boolean! }
        type Subscription { messages: String! }
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.ClearProviders();
        builder.Services.AddInMemoryEventBus();
        builder.Services.AddGraphQLEndpoint(
            provider => new RequestExecutor(CreateSchema(provider.GetRequiredService<IEventBus>())),
            options => options.EnableIde = false);
        var app = builder.Build();

        app.MapGraphQL("/graphql");
        app.MapPost("/plain/typename", (PlainRequest request) => Results.Json(new { data = new { __typename = "Query" } }));
        app.MapPost("/plain/hello", (PlainRequest request) => Results.Json(new { data = new { hello = "Hello, bench!" } }));
        app.MapGet("/bench/subscribers", (InMemoryEventBus bus) => bus.SubscriberCount(Topic));
        app.MapGet("/bench/memory", () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return Results.Json(new { managedBytes = GC.GetTotalMemory(true), workingSetBytes = Environment.WorkingSet });
        });

        await app.RunAsync();
        return 0;
    }

    private static Schema CreateSchema(IEventBus bus) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query.hello", ctx => "Hello, " + ctx.Argument<string>("name") + "!")
        .ResolveAsync("Mutation.publish", async ctx =>
        {
            await bus.PublishAsync(Topic, ctx.Argument<string>("message")!);
            return true;
        })
        .Subscribe("Subscription.messages", ctx => ReadAsync(bus, ctx.CancellationToken))
        .Build();

    private static async IAsyncEnumerable<string> ReadAsync(IEventBus bus, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await bus.SubscribeAsync<string>(Topic, cancellationToken);
        await foreach (var message in stream.WithCancellation(cancellationToken))
        {
            yield return message;
        }
    }

    /// <summary>The GraphQL request shape, bound by the plain endpoints as any minimal API would.</summary>
    internal sealed record PlainRequest(string? Query, string? OperationName, Dictionary<string, object?>? Variables);
}
