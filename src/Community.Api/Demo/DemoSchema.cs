using System.Runtime.CompilerServices;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;

namespace Community.Api.Demo;

/// <summary>
/// A small schema that exercises every transport (query, mutation, subscription over the event
/// bus) until the community schema replaces it.
/// </summary>
internal static class DemoSchema
{
    /// <summary>The event-bus topic that <c>publish</c> writes and <c>messages</c> reads.</summary>
    public const string MessagesTopic = "demo.messages";

    public const string Sdl = """
        "Greetings and the server's clock."
        type Query {
          "Greets someone."
          hello(name: String = "world"): String!
          "The server's current time."
          time: DateTime!
        }

        type Mutation {
          "Returns the message unchanged."
          echo(message: String!): String!
          "Sends the message to every subscriber of messages."
          publish(message: String!): Boolean!
        }

        type Subscription {
          "Each message published from now on."
          messages: String!
        }

        scalar DateTime
        """;

    public static Community.GraphQL.Types.Schema Create(IEventBus bus, TimeProvider clock) => SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query.hello", ctx => $"Hello, {ctx.Argument<string>("name")}!")
        .Resolve("Query.time", _ => clock.GetUtcNow())
        .Resolve("Mutation.echo", ctx => ctx.Argument<string>("message"))
        .ResolveAsync("Mutation.publish", async ctx =>
        {
            await bus.PublishAsync(MessagesTopic, ctx.Argument<string>("message")!, ctx.CancellationToken);
            return true;
        })
        .Subscribe("Subscription.messages", ctx => ReadMessagesAsync(bus, ctx.CancellationToken))
        .Build();

    private static async IAsyncEnumerable<string> ReadMessagesAsync(IEventBus bus, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await bus.SubscribeAsync<string>(MessagesTopic, cancellationToken);
        await foreach (var message in stream.WithCancellation(cancellationToken))
        {
            yield return message;
        }
    }
}
