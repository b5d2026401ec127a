using System.Text.Json;
using Community.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Community.GraphQL.AspNetCore.Http;

/// <summary>
/// Decodes the GraphQL-over-HTTP request parameters (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>, <c>extensions</c>, <c>documentId</c>) from a JSON body or a query string.
/// Throws <see cref="RequestFormatException"/> on any malformed input.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>Reads one request object from UTF-8 JSON (a POST body, or a socket's <c>payload</c>).</summary>
    public static GraphQLRequest ReadJson(ReadOnlySpan<byte> json, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(json, JsonValueReader.ReaderOptions(maxDepth));
            if (!reader.Read())
            {
                throw new RequestFormatException("The request body is empty; send a JSON object with a \"query\".");
            }

            var request = ReadObject(ref reader, maxDepth);
            if (reader.Read())
            {
                throw new RequestFormatException("The request body has text after its JSON object.");
            }

            return request;
        }
        catch (JsonException e)
        {
            throw new RequestFormatException($"The request body is not valid JSON: {e.Message}");
        }
        catch (InvalidOperationException e)
        {
            // Utf8JsonReader's string decoding reports invalid UTF-8 this way.
            throw new RequestFormatException($"The request body is not valid JSON: {e.Message}");
        }
    }

    /// <summary>Reads a request object at the reader's current token (which must start an object).</summary>
    public static GraphQLRequest ReadObject(ref Utf8JsonReader reader, int maxDepth)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new RequestFormatException("The request must be a JSON object with a \"query\"; batched (array) requests are not supported.");
        }

        string? query = null;
        string? operationName = null;
        string? documentId = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "query":
                    query = ReadString(ref reader, "query");
                    break;
                case "operationName":
                    operationName = ReadString(ref reader, "operationName");
                    break;
                case "documentId":
                case "id":
                    documentId = ReadString(ref reader, name);
                    break;
                case "variables":
                    variables = ReadMap(ref reader, "variables", maxDepth);
                    break;
                case "extensions":
                    extensions = ReadMap(ref reader, "extensions", maxDepth);
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return Complete(query, operationName, variables, extensions, documentId);
    }

    /// <summary>Reads a GET request's parameters from the query string.</summary>
    public static GraphQLRequest ReadQueryString(IQueryCollection parameters, int maxDepth)
    {
        try
        {
            var variables = parameters.TryGetValue("variables", out var v) && !string.IsNullOrEmpty(v.ToString())
                ? JsonValueReader.ParseObject(v.ToString(), "variables", maxDepth)
                : null;
            var extensions = parameters.TryGetValue("extensions", out var e) && !string.IsNullOrEmpty(e.ToString())
                ? JsonValueReader.ParseObject(e.ToString(), "extensions", maxDepth)
                : null;
            return Complete(
                Single(parameters, "query"),
                Single(parameters, "operationName"),
                variables,
                extensions,
                Single(parameters, "documentId") ?? Single(parameters, "id"));
        }
        catch (JsonException e)
        {
            throw new RequestFormatException($"A query-string parameter is not valid JSON: {e.Message}");
        }
    }

    private static GraphQLRequest Complete(
        string? query,
        string? operationName,
        IReadOnlyDictionary<string, object?>? variables,
        IReadOnlyDictionary<string, object?>? extensions,
        string? documentId)
    {
        // A request may name a persisted document (documentId or the persistedQuery extension) instead of sending text.
        var persisted = documentId is not null || (extensions is not null && extensions.ContainsKey("persistedQuery"));
        if (string.IsNullOrWhiteSpace(query) && !persisted)
        {
            throw new RequestFormatException("The request has no \"query\": send the GraphQL document as a string parameter named \"query\".");
        }

        return new GraphQLRequest
        {
            Query = query,
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = variables,
            Extensions = extensions,
            DocumentId = documentId,
        };
    }

    private static string? Single(IQueryCollection parameters, string name)
    {
        if (!parameters.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            throw new RequestFormatException($"The \"{name}\" parameter is given more than once.");
        }

        return values[0];
    }

    private static string? ReadString(ref Utf8JsonReader reader, string parameter) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new RequestFormatException($"The \"{parameter}\" parameter must be a string (or null)."),
    };

    private static IReadOnlyDictionary<string, object?>? ReadMap(ref Utf8JsonReader reader, string parameter, int maxDepth) => reader.TokenType switch
    {
        JsonTokenType.StartObject => (IReadOnlyDictionary<string, object?>?)JsonValueReader.ReadValue(ref reader, 1, maxDepth),
        JsonTokenType.Null => null,
        _ => throw JsonValueReader.NotAnObject(parameter),
    };
}
