using System.Text.Encodings.Web;
using System.Text.Json;
using Community.GraphQL;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace Community.Api.Authentication;

/// <summary>
/// Stands before the GraphQL endpoint: a request over HTTP or SSE goes through only with a signed-in member, else it
/// is answered 401 (no valid token, with <c>WWW-Authenticate: Bearer</c>) or 403 (a valid token whose person is
/// refused) with a GraphQL error body. The IDE page stays open, and WebSocket upgrades pass: sockets are admitted
/// or closed with 4403 at <c>connection_init</c>, where a token may also arrive.
/// </summary>
internal static class SignInGate
{
    private const string GraphQLResponseMediaType = "application/graphql-response+json";
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        if (context.WebSockets.IsWebSocketRequest || IsIdePage(context.Request) || IsIdeAsset(context.Request) || context.User.MemberId() is not null)
        {
            await next(context);
            return;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            var refusal = context.Features.Get<SignInRefusal>()?.Message ?? "The token's person is not a member of the community.";
            await WriteErrorAsync(context, StatusCodes.Status403Forbidden, refusal, AuthErrorCodes.NotAuthorized);
            return;
        }

        // The handler remembers its result for the request, so asking again costs nothing and tells why a token failed.
        var failure = (await context.AuthenticateAsync()).Failure;

        // The bearer handler's challenge sets 401 and WWW-Authenticate (with error="invalid_token" when a token was refused).
        await context.ChallengeAsync();
        var message = context.RequestServices.GetRequiredService<CommunityAuthenticationOptions>().IsConfigured
            ? NotAuthenticatedMessage(failure)
            : "Sign-in is not configured on this server, so no token is accepted: its operator must set Authentication:Authority (or a signing key).";
        await WriteErrorAsync(context, StatusCodes.Status401Unauthorized, message, AuthErrorCodes.NotAuthenticated);
    }

    /// <summary>
    /// A browser asking for the page: GET, HTML accepted, and no query string at all, so nothing that could name an
    /// operation (<c>query</c>, a persisted id in <c>extensions</c>, <c>?sdl</c>) passes unauthenticated.
    /// </summary>
    private static bool IsIdePage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.QueryString.HasValue
        && request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The IDE's scripts, styles and fonts (<c>/graphql/ide/...</c>): static files that hold no data.</summary>
    private static bool IsIdeAsset(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Path.Value?.Contains("/ide/", StringComparison.Ordinal) == true;

    private static string NotAuthenticatedMessage(Exception? failure) =>
        failure switch
        {
            null => "Sign in first: send the intranet's token in the header \"Authorization: Bearer <token>\".",
            SecurityTokenExpiredException => "The token has expired; ask the intranet for a new one.",
            SecurityTokenInvalidIssuerException => "The token was issued by an issuer this server does not trust (see Authentication:Issuer or Authentication:Authority).",
            SecurityTokenInvalidAudienceException => "The token is meant for another audience (see Authentication:Audience).",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
                "The token's signature does not match the keys this server trusts.",
            SecurityTokenMalformedException or ArgumentException => "The bearer value is not a well-formed JWT (three base64url parts separated by dots).",
            SecurityTokenException => "The token is not valid: " + failure.Message,
            _ => "The token was refused: " + failure.Message,
        };

    private static async Task WriteErrorAsync(HttpContext context, int statusCode, string message, string code)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = (AcceptsGraphQLResponse(context.Request) ? GraphQLResponseMediaType : "application/json") + "; charset=utf-8";
        using var result = ExecutionResult.RequestError(GraphQLError.Coded(message, code));
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    private static bool AcceptsGraphQLResponse(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) == true);
}
