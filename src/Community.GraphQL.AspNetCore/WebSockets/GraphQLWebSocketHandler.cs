using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades on the GraphQL path and runs the subprotocol the client asked for:
/// <c>graphql-transport-ws</c> first, else the legacy <c>graphql-ws</c>; a socket with neither is
/// closed with 4406.
/// </summary>
internal sealed class GraphQLWebSocketHandler(
    IRequestExecutor executor,
    IOptions<GraphQLServerOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<GraphQLWebSocketHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = requested.Contains(GraphQLTransportWsSession.Protocol) ? GraphQLTransportWsSession.Protocol
            : requested.Contains(SubscriptionsTransportWsSession.Protocol) ? SubscriptionsTransportWsSession.Protocol
            : null;
        using var socket = await context.WebSockets.AcceptWebSocketAsync(protocol);
        using var channel = new SocketChannel(socket, options.Value.MaxRequestBodySize);
        if (protocol is null)
        {
            await channel.CloseAsync(GraphQLCloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            using var handshake = new CancellationTokenSource(options.Value.CloseHandshakeTimeout);
            await channel.DiscardUntilClosedAsync(handshake.Token);
            return;
        }

        GraphQLSocketSession session = protocol == GraphQLTransportWsSession.Protocol
            ? new GraphQLTransportWsSession(context, channel, executor, options.Value, lifetime.ApplicationStopping, logger)
            : new SubscriptionsTransportWsSession(context, channel, executor, options.Value, lifetime.ApplicationStopping, logger);
        await session.RunAsync();
    }
}
