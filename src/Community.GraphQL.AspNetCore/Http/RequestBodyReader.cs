using System.Buffers;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// Reads a request body up to a limit. A <c>Content-Length</c> over the limit is refused before
/// anything is read; a chunked body is refused as soon as it passes the limit.
/// </summary>
internal static class RequestBodyReader
{
    /// <summary>The body's bytes, or null when it is larger than <paramref name="limit"/>. Return the array to the shared pool.</summary>
    public static async Task<(byte[]? Buffer, int Length)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength is long declared && declared > limit)
        {
            return (null, 0);
        }

        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (null, 0);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                var length = (int)buffer.Length;
                var bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
                buffer.CopyTo(bytes);
                reader.AdvanceTo(buffer.End);
                return (bytes, length);
            }

            // Keep everything buffered until the body is complete.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
