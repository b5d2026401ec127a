using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore;

/// <summary>What <see cref="GraphQLServerOptions.OnSocketConnect"/> sees when a socket initialises.</summary>
public sealed class SocketConnectContext
{
    internal SocketConnectContext(HttpContext httpContext, IReadOnlyDictionary<string, object?>? payload)
    {
        HttpContext = httpContext;
        Payload = payload;
    }

    /// <summary>The upgrade request; its <c>User</c> is the socket's user for every operation.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>connection_init</c> payload (the same message in both subprotocols), when it was an object.</summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; }

    public ClaimsPrincipal User
    {
        get => HttpContext.User;
        set => HttpContext.User = value;
    }
}
