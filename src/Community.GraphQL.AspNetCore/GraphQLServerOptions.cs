using Community.GraphQL.Types;

namespace Community.GraphQL.AspNetCore;

/// <summary>Settings of the GraphQL endpoint: limits, the IDE page, WebSocket and SSE behaviour.</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest request body (and WebSocket message) accepted; a larger one is answered 413 without being read.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>Deepest nesting of objects and lists accepted in <c>variables</c> and <c>extensions</c>.</summary>
    public int MaxVariablesDepth { get; set; } = 32;

    /// <summary>Whether <c>GET</c> with <c>Accept: text/html</c> serves the GraphiQL page; null means in Development only.</summary>
    public bool? EnableIde { get; set; }

    /// <summary>Page title of the IDE.</summary>
    public string IdeTitle { get; set; } = "GraphiQL";

    /// <summary>Whether queries may be sent with <c>GET</c>.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>Time a WebSocket client has to send <c>connection_init</c> before it is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Interval of keep-alive messages on sockets (<c>ping</c> in graphql-transport-ws, <c>ka</c> in
    /// graphql-ws) and of comments on SSE streams; <see cref="TimeSpan.Zero"/> turns them off.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>
    /// After the server sent its close frame, how long it keeps reading (and dropping) what the
    /// client still sends while waiting for the client's close frame (RFC 6455, section 7.1.1).
    /// </summary>
    public TimeSpan CloseHandshakeTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>On shutdown, how long open subscriptions may take to deliver what was already published before their sockets are closed.</summary>
    public TimeSpan ShutdownDrainTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The authentication scheme that validates a bearer token sent in the <c>connection_init</c>
    /// payload (<c>Authorization</c>, <c>authorization</c> or <c>authToken</c>); null uses the default scheme.
    /// </summary>
    public string? SocketAuthenticationScheme { get; set; }

    /// <summary>
    /// Decides whether a socket may proceed once <c>connection_init</c> arrived (after payload
    /// authentication); false closes it with 4403 Forbidden. Null admits every socket.
    /// </summary>
    public Func<SocketConnectContext, ValueTask<bool>>? OnSocketConnect { get; set; }

    /// <summary>Prints the schema for <c>GET ?sdl</c>; null answers 404 there.</summary>
    public Func<Schema, string>? SchemaPrinter { get; set; }
}
