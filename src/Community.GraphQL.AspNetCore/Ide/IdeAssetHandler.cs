using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Community.GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves <c>{endpoint}/ide/{version}/{file}</c>, the files of the IDE bundle, when the IDE is
/// enabled. A version other than the bundle's is 404, so a cached page never mixes two builds;
/// the files themselves never change under a version, so they are cached for a year.
/// </summary>
internal sealed class IdeAssetHandler(GraphQLIdeSettings ide, IServiceProvider services)
{
    public const string VersionRouteValue = "version";
    public const string FileRouteValue = "file";

    public Task HandleAsync(HttpContext context)
    {
        if (!ide.Enabled)
        {
            return NotFound(context);
        }

        // Resolved here, not injected: the bundle is loaded on first use, so a server with the IDE off never holds it.
        var assets = services.GetRequiredService<IdeAssets>();
        var version = context.Request.RouteValues[VersionRouteValue] as string;
        var file = context.Request.RouteValues[FileRouteValue] as string;
        if (version != assets.Version || file is null || !assets.TryGet(file, out var asset))
        {
            return NotFound(context);
        }

        var response = context.Response;
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.ETag = asset.ETag;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        var body = asset.Content;
        if (asset.Gzipped is { } gzipped && AcceptsGzip(context.Request))
        {
            response.Headers.ContentEncoding = "gzip";
            body = gzipped;
        }

        response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static bool AcceptsGzip(HttpRequest request)
        => StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings)
            && encodings.Any(e => e.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase) && (e.Quality ?? 1) > 0);

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
