using System.Text.Encodings.Web;
using System.Text.Json;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>Writes execution results and transport errors as GraphQL-over-HTTP responses.</summary>
internal static class HttpResultWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ContentType(ResponseFormat format) => format == ResponseFormat.GraphQLResponse
        ? GraphQLMediaTypes.GraphQLResponse + "; charset=utf-8"
        : GraphQLMediaTypes.Json + "; charset=utf-8";

    /// <summary>
    /// The status the draft asks for: under graphql-response+json a request error (nothing was
    /// executed) is 400; under application/json it is 200 with <c>errors</c>.
    /// </summary>
    public static int StatusCodeFor(ExecutionResult result, ResponseFormat format)
    {
        if (result.IsOperationNotAllowed)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        return result.IsRequestError && format == ResponseFormat.GraphQLResponse
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
    }

    public static async Task WriteAsync(HttpContext context, ExecutionResult result, ResponseFormat format, int statusCode)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ContentType(format);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions))
        {
            result.WriteTo(writer);
        }

        await response.BodyWriter.FlushAsync(context.RequestAborted);
    }

    /// <summary>Answers a transport-level failure (malformed request, unsupported media type, ...) with one coded error.</summary>
    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message, ResponseFormat format = ResponseFormat.Json, string code = ErrorCodes.BadRequest)
    {
        using var result = ExecutionResult.RequestError(GraphQLError.Coded(message, code));
        return WriteAsync(context, result, format == ResponseFormat.GraphQLResponse ? format : ResponseFormat.Json, statusCode);
    }
}
