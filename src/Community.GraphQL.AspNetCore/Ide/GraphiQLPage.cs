using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>
/// The GraphiQL page, loaded from pinned CDN versions, with this endpoint prefilled for queries
/// (HTTP) and subscriptions (graphql-transport-ws on the same path).
/// </summary>
internal static class GraphiQLPage
{
    private const string Template = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>__TITLE__</title>
          <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
          <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/graphiql@3.8.3/graphiql.min.css" crossorigin="anonymous" />
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL...</div>
          <script src="https://cdn.jsdelivr.net/npm/react@18.3.1/umd/react.production.min.js" crossorigin="anonymous"></script>
          <script src="https://cdn.jsdelivr.net/npm/react-dom@18.3.1/umd/react-dom.production.min.js" crossorigin="anonymous"></script>
          <script src="https://cdn.jsdelivr.net/npm/graphiql@3.8.3/graphiql.min.js" crossorigin="anonymous"></script>
          <script>
            const endpoint = new URL(__ENDPOINT__, window.location.href);
            const socket = new URL(endpoint);
            socket.protocol = endpoint.protocol === 'https:' ? 'wss:' : 'ws:';
            const fetcher = GraphiQL.createFetcher({ url: endpoint.toString(), subscriptionUrl: socket.toString() });
            ReactDOM.createRoot(document.getElementById('graphiql'))
              .render(React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true }));
          </script>
        </body>
        </html>
        """;

    public static Task WriteAsync(HttpContext context, string title)
    {
        var endpoint = (context.Request.PathBase + context.Request.Path).ToString();
        var html = Template
            .Replace("__TITLE__", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("__ENDPOINT__", "\"" + JavaScriptEncoder.Default.Encode(endpoint) + "\"", StringComparison.Ordinal);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }
}
