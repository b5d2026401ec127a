using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The legacy <c>graphql-ws</c> subprotocol of subscriptions-transport-ws, for older clients:
/// connection_init/ack/error, ka keep-alives, start/data/error/complete/stop and connection_terminate.
/// </summary>
internal sealed class SubscriptionsTransportWsSession : GraphQLSocketSession
{
    public const string Protocol = "graphql-ws";

    public SubscriptionsTransportWsSession(HttpContext context, SocketChannel channel, IRequestExecutor executor, GraphQLServerOptions options, CancellationToken stopping, ILogger logger)
        : base(context, channel, executor, options, stopping, logger)
    {
    }

    protected override async ValueTask HandleAsync(SocketMessage message)
    {
        switch (message.Type)
        {
            case "connection_init":
                await OnConnectionInitAsync(message);
                break;
            case "start":
                await OnStartAsync(message);
                break;
            case "stop":
                if (message.Id is not null)
                {
                    Stop(message.Id);
                }

                break;
            case "connection_terminate":
                await CloseAsync(1000, "Connection terminated by the client");
                break;
            default:
                await SendConnectionErrorAsync($"Invalid message type \"{message.Type}\".", message.Id);
                break;
        }
    }

    protected override ValueTask OnInvalidMessageAsync(string reason) => SendConnectionErrorAsync("Invalid message: " + reason, null);

    protected override ValueTask SendNextAsync(string id, ExecutionResult result) => Channel.SendResultAsync("data", id, result);

    protected override ValueTask SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => Channel.SendErrorsAsync("error", id, errors);

    protected override ValueTask SendCompleteAsync(string id) => Channel.SendAsync("complete", id);

    protected override ValueTask SendKeepAliveAsync() => Channel.SendAsync("ka");

    private async ValueTask OnConnectionInitAsync(SocketMessage message)
    {
        if (!TryMarkInitReceived())
        {
            await CloseAsync(GraphQLCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (!await AdmitAsync(message))
        {
            await SendConnectionErrorAsync("Forbidden", null);
            await CloseAsync(GraphQLCloseCodes.Forbidden, "Forbidden");
            return;
        }

        await Channel.SendAsync("connection_ack");
        if (Options.KeepAliveInterval > TimeSpan.Zero)
        {
            // The protocol sends a first keep-alive right after the ack.
            await SendKeepAliveAsync();
            StartKeepAlive();
        }
    }

    private async ValueTask OnStartAsync(SocketMessage message)
    {
        if (string.IsNullOrEmpty(message.Id))
        {
            await SendConnectionErrorAsync("A \"start\" message needs an \"id\".", null);
            return;
        }

        if (!Acknowledged)
        {
            await SendErrorAsync(message.Id, [GraphQLError.Coded("Send connection_init and wait for connection_ack before starting operations.", ErrorCodes.BadRequest)]);
            return;
        }

        if (ShuttingDown)
        {
            await SendErrorAsync(message.Id, [ShuttingDownError()]);
            return;
        }

        GraphQLRequest request;
        try
        {
            request = message.ReadRequest(Options.MaxVariablesDepth);
        }
        catch (RequestFormatException e)
        {
            await SendErrorAsync(message.Id, [GraphQLError.Coded(e.Message, ErrorCodes.BadRequest)]);
            return;
        }

        // The legacy protocol replaces an operation started again with the same id.
        if (IsRunning(message.Id))
        {
            Stop(message.Id);
        }

        if (!TryStart(message.Id, request))
        {
            await SendErrorAsync(message.Id, [GraphQLError.Coded($"An operation with id \"{message.Id}\" is already running.", ErrorCodes.BadRequest)]);
        }
    }

    private ValueTask SendConnectionErrorAsync(string text, string? id) => Channel.SendAsync((text, id), static (writer, message) =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", "connection_error");
        if (message.id is not null)
        {
            writer.WriteString("id", message.id);
        }

        writer.WritePropertyName("payload");
        writer.WriteStartObject();
        writer.WriteString("message", message.text);
        writer.WriteEndObject();
        writer.WriteEndObject();
    });
}
