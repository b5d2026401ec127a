using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.AspNetCore.Ide;
using Community.GraphQL.AspNetCore.Sse;
using Community.GraphQL.AspNetCore.WebSockets;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore;

/// <summary>
/// The one endpoint behind <c>MapGraphQL</c>: routes a request to the WebSocket, SSE or plain
/// HTTP transport by its upgrade header, method and <c>Accept</c>.
/// </summary>
internal sealed class GraphQLEndpoint(GraphQLHttpHandler http, GraphQLWebSocketHandler webSockets, GraphQLSseHandler sse, GraphQLIdeSettings ide)
{
    public Task HandleAsync(HttpContext context)
    {
        if (context.WebSockets.IsWebSocketRequest)
        {
            return webSockets.HandleAsync(context);
        }

        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        var isPost = HttpMethods.IsPost(request.Method);
        if (!isGet && !isPost)
        {
            context.Response.Headers.Allow = "GET, POST";
            return HttpResultWriter.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, $"Method {request.Method} is not allowed: use GET or POST.");
        }

        var format = AcceptHeaderNegotiator.Negotiate(request, allowEventStream: true, allowHtml: isGet && ide.Enabled);
        if (format == ResponseFormat.EventStream)
        {
            return sse.HandleAsync(context);
        }

        if (format == ResponseFormat.None)
        {
            return HttpResultWriter.WriteErrorAsync(
                context,
                StatusCodes.Status406NotAcceptable,
                $"None of the accepted media types \"{request.Headers.Accept}\" can be served: accept application/graphql-response+json or application/json.");
        }

        return isPost ? http.HandlePostAsync(context, format) : http.HandleGetAsync(context, format);
    }
}
