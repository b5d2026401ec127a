using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// Picks the response format from <c>Accept</c>, as the GraphQL-over-HTTP draft and graphql-http's
/// audits expect: no header, <c>*/*</c> or <c>application/*</c> mean <c>application/json</c>;
/// <c>application/graphql-response+json</c> wins a tie with <c>application/json</c>; media ranges
/// with <c>q=0</c> are refused.
/// </summary>
internal static class AcceptHeaderNegotiator
{
    public static ResponseFormat Negotiate(HttpRequest request, bool allowEventStream, bool allowHtml)
    {
        var accept = request.Headers.Accept;
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseFormat.Json;
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ResponseFormat.Json;
        }

        var best = ResponseFormat.None;
        var bestQuality = 0.0;
        var bestRank = -1;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var (format, rank) = Classify(range, allowEventStream, allowHtml);
            if (format == ResponseFormat.None)
            {
                continue;
            }

            if (quality > bestQuality || (quality == bestQuality && rank > bestRank))
            {
                best = format;
                bestQuality = quality;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>Maps a media range to a format; the rank breaks ties between ranges of equal quality.</summary>
    private static (ResponseFormat Format, int Rank) Classify(MediaTypeHeaderValue range, bool allowEventStream, bool allowHtml)
    {
        var type = range.Type;
        var subType = range.SubType;
        if (type.Equals("application", StringComparison.OrdinalIgnoreCase))
        {
            if (subType.Equals("graphql-response+json", StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.GraphQLResponse, 4);
            }

            if (subType.Equals("json", StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.Json, 3);
            }

            if (subType.Equals("*", StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.Json, 1);
            }

            return (ResponseFormat.None, 0);
        }

        if (type.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            if (allowEventStream && subType.Equals("event-stream", StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.EventStream, 5);
            }

            if (allowHtml && subType.Equals("html", StringComparison.OrdinalIgnoreCase))
            {
                return (ResponseFormat.Html, 2);
            }

            return (ResponseFormat.None, 0);
        }

        if (type.Equals("*", StringComparison.OrdinalIgnoreCase))
        {
            return (ResponseFormat.Json, 0);
        }

        return (ResponseFormat.None, 0);
    }
}
