using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>
/// The GraphiQL page. Everything it loads comes from this server (<see cref="IdeAssets"/>, under
/// <c>{endpoint}/ide/{version}/</c>), and its Content-Security-Policy allows nothing else: no
/// inline script, no CDN, no blob workers. The script reads the endpoint from
/// <c>data-endpoint</c> and sends queries there over HTTP and subscriptions over
/// graphql-transport-ws on the same path.
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
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="__ASSETS__ide.css" />
        </head>
        <body>
          <div id="graphiql" data-endpoint="__ENDPOINT__">Loading GraphiQL...</div>
          <script type="module" src="__ASSETS__ide.js"></script>
        </body>
        </html>
        """;

    public static Task WriteAsync(HttpContext context, string title)
    {
        var assets = context.RequestServices.GetRequiredService<IdeAssets>();
        var endpoint = (context.Request.PathBase + context.Request.Path).ToString();
        var assetsPath = endpoint.TrimEnd('/') + "/ide/" + assets.Version + "/";
        var html = Template
            .Replace("__TITLE__", WebUtility.HtmlEncode(title), StringComparison.Ordinal)
            .Replace("__ASSETS__", WebUtility.HtmlEncode(assetsPath), StringComparison.Ordinal)
            .Replace("__ENDPOINT__", WebUtility.HtmlEncode(endpoint), StringComparison.Ordinal);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy(context.Request);
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>
    /// Same origin only. Styles may be inline because Monaco and GraphiQL set them at run time
    /// (style attributes, generated rules); fonts and images may be data: URLs because GraphiQL's
    /// stylesheet embeds its fonts and icons. The socket origin is named as well as 'self' for
    /// browsers that do not count ws: as the page's own scheme.
    /// </summary>
    internal static string ContentSecurityPolicy(HttpRequest request)
    {
        var socketOrigin = (request.IsHttps ? "wss://" : "ws://") + request.Host.ToUriComponent();
        return "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; img-src 'self' data:; connect-src 'self' " + socketOrigin + "; "
            + "manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
}
