using System.Text.Json;
using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The <c>graphql-transport-ws</c> subprotocol (the graphql-ws library's protocol): init within a
/// timeout, ack, ping/pong, subscribe/next/error/complete, and its close codes for protocol
/// violations (4400, 4401, 4403, 4408, 4409, 4429).
/// </summary>
internal sealed class GraphQLTransportWsSession : GraphQLSocketSession
{
    public const string Protocol = "graphql-transport-ws";

    public GraphQLTransportWsSession(HttpContext context, SocketChannel channel, IRequestExecutor executor, GraphQLServerOptions options, CancellationToken stopping, ILogger logger)
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
            case "ping":
                if (!message.HasObjectOrNoPayload)
                {
                    await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: \"ping\" payload must be an object");
                    break;
                }

                await SendPongAsync(message);
                break;
            case "pong":
                if (!message.HasObjectOrNoPayload)
                {
                    await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: \"pong\" payload must be an object");
                }

                break;
            case "subscribe":
                await OnSubscribeAsync(message);
                break;
            case "complete":
                if (string.IsNullOrEmpty(message.Id))
                {
                    await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: \"complete\" needs an \"id\"");
                    break;
                }

                Stop(message.Id);
                break;
            default:
                await CloseAsync(GraphQLCloseCodes.BadRequest, $"Invalid message received: unexpected message type \"{Truncate(message.Type)}\"");
                break;
        }
    }

    protected override ValueTask OnInvalidMessageAsync(string reason)
        => CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: " + reason);

    protected override ValueTask SendNextAsync(string id, ExecutionResult result) => Channel.SendResultAsync("next", id, result);

    protected override ValueTask SendErrorAsync(string id, IReadOnlyList<GraphQLError> errors) => Channel.SendErrorsAsync("error", id, errors);

    protected override ValueTask SendCompleteAsync(string id) => Channel.SendAsync("complete", id);

    protected override ValueTask SendKeepAliveAsync() => Channel.SendAsync("ping");

    private async ValueTask OnConnectionInitAsync(SocketMessage message)
    {
        if (!message.HasObjectOrNoPayload)
        {
            await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: \"connection_init\" payload must be an object");
            return;
        }

        if (!TryMarkInitReceived())
        {
            await CloseAsync(GraphQLCloseCodes.TooManyInitialisationRequests, "Too many initialisation requests");
            return;
        }

        if (!await AdmitAsync(message))
        {
            await CloseAsync(GraphQLCloseCodes.Forbidden, "Forbidden");
            return;
        }

        await Channel.SendAsync("connection_ack");
        StartKeepAlive();
    }

    private async ValueTask OnSubscribeAsync(SocketMessage message)
    {
        if (string.IsNullOrEmpty(message.Id))
        {
            await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: \"subscribe\" needs an \"id\"");
            return;
        }

        GraphQLRequest request;
        try
        {
            request = message.ReadRequest(Options.MaxVariablesDepth);
        }
        catch (RequestFormatException e)
        {
            await CloseAsync(GraphQLCloseCodes.BadRequest, "Invalid message received: " + Truncate(e.Message));
            return;
        }

        if (!Acknowledged)
        {
            await CloseAsync(GraphQLCloseCodes.Unauthorized, "Unauthorized");
            return;
        }

        if (ShuttingDown)
        {
            await SendErrorAsync(message.Id, [ShuttingDownError()]);
            return;
        }

        if (!TryStart(message.Id, request))
        {
            await CloseAsync(GraphQLCloseCodes.SubscriberAlreadyExists, $"Subscriber for {Truncate(message.Id)} already exists");
        }
    }

    private ValueTask SendPongAsync(SocketMessage message)
    {
        if (message.PayloadKind != JsonTokenType.StartObject)
        {
            return Channel.SendAsync("pong");
        }

        var payload = message.RawPayload.ToArray();
        return Channel.SendAsync(payload, static (writer, raw) =>
        {
            writer.WriteStartObject();
            writer.WriteString("type", "pong");
            writer.WritePropertyName("payload");
            writer.WriteRawValue(raw, skipInputValidation: true);
            writer.WriteEndObject();
        });
    }

    /// <summary>Close reasons are limited to 123 bytes by the WebSocket protocol.</summary>
    private static string Truncate(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
