using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether an initialising socket may proceed. The user is the upgrade request's (its
/// headers were authenticated by the host's middleware) unless the <c>connection_init</c> payload
/// carries a bearer token, which is then validated by the host's authentication scheme.
/// </summary>
internal static class SocketAuthenticator
{
    private static readonly string[] TokenKeys = ["Authorization", "authorization", "authToken", "token"];

    public static async ValueTask<bool> AdmitAsync(HttpContext context, IReadOnlyDictionary<string, object?>? payload, GraphQLServerOptions options)
    {
        if (FindToken(payload) is { } token)
        {
            if (!await AuthenticateTokenAsync(context, token, options.SocketAuthenticationScheme))
            {
                return false;
            }
        }

        return options.OnSocketConnect is not { } admit || await admit(new SocketConnectContext(context, payload));
    }

    private static string? FindToken(IReadOnlyDictionary<string, object?>? payload, bool searchHeaders = true)
    {
        if (payload is null)
        {
            return null;
        }

        foreach (var key in TokenKeys)
        {
            if (payload.TryGetValue(key, out var value) && value is string { Length: > 0 } text)
            {
                return text.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? text[7..].Trim() : text.Trim();
            }
        }

        // Some clients nest the headers: { "headers": { "Authorization": "Bearer ..." } }.
        return searchHeaders && payload.TryGetValue("headers", out var headers)
            ? FindToken(headers as IReadOnlyDictionary<string, object?>, searchHeaders: false)
            : null;
    }

    /// <summary>
    /// Runs the scheme's handler over the token as if it came in the Authorization header; a token
    /// that cannot be validated is refused. A fresh handler is used because handlers remember the
    /// result they gave the upgrade request.
    /// </summary>
    private static async ValueTask<bool> AuthenticateTokenAsync(HttpContext context, string token, string? schemeName)
    {
        if (context.RequestServices.GetService<IAuthenticationSchemeProvider>() is not { } schemes
            || (schemeName is null ? await schemes.GetDefaultAuthenticateSchemeAsync() : await schemes.GetSchemeAsync(schemeName)) is not { } scheme)
        {
            return false;
        }

        context.Request.Headers.Authorization = "Bearer " + token;
        await using var scope = context.RequestServices.CreateAsyncScope();
        var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
        if (await handlers.GetHandlerAsync(context, scheme.Name) is not { } handler)
        {
            return false;
        }

        var result = await handler.AuthenticateAsync();
        if (!result.Succeeded || result.Principal is null)
        {
            return false;
        }

        context.User = result.Principal;
        return true;
    }
}
