using System.Text.Json;
using Community.GraphQL.AspNetCore.Http;
using Community.GraphQL.Execution;

namespace Community.GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One message received on a GraphQL socket: <c>{"type", "id", "payload"}</c>. The payload is
/// kept as its JSON text and decoded by what the type needs (a request, or a plain object).
/// </summary>
internal readonly struct SocketMessage
{
    private readonly ReadOnlyMemory<byte> _payload;

    private SocketMessage(string type, string? id, ReadOnlyMemory<byte> payload, JsonTokenType payloadKind)
    {
        Type = type;
        Id = id;
        _payload = payload;
        PayloadKind = payloadKind;
    }

    public string Type { get; }

    /// <summary>The operation id, when the message had a string <c>id</c>.</summary>
    public string? Id { get; }

    /// <summary>The payload's first token: <see cref="JsonTokenType.None"/> when absent.</summary>
    public JsonTokenType PayloadKind { get; }

    public bool HasObjectOrNoPayload => PayloadKind is JsonTokenType.None or JsonTokenType.Null or JsonTokenType.StartObject;

    /// <summary>Parses a message; returns false (with a reason) for anything that is not an object with a string <c>type</c>.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> json, out SocketMessage message, out string? error)
    {
        message = default;
        error = null;
        try
        {
            var reader = new Utf8JsonReader(json.Span, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                error = "a message must be a JSON object";
                return false;
            }

            string? type = null;
            string? id = null;
            var idIsString = true;
            var payload = ReadOnlyMemory<byte>.Empty;
            var payloadKind = JsonTokenType.None;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "type":
                        type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                        break;
                    case "id":
                        idIsString = reader.TokenType == JsonTokenType.String;
                        id = idIsString ? reader.GetString() : null;
                        reader.Skip();
                        break;
                    case "payload":
                        payloadKind = reader.TokenType;
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        payload = json[start..((int)reader.BytesConsumed)];
                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            if (type is null)
            {
                error = "a message must have a string \"type\"";
                return false;
            }

            if (!idIsString)
            {
                error = "\"id\" must be a string";
                return false;
            }

            message = new SocketMessage(type, id, payload, payloadKind);
            return true;
        }
        catch (JsonException)
        {
            error = "the message is not valid JSON";
            return false;
        }
        catch (InvalidOperationException)
        {
            error = "the message is not valid JSON";
            return false;
        }
    }

    /// <summary>The payload as a GraphQL request; throws <see cref="RequestFormatException"/> when it is not one.</summary>
    public GraphQLRequest ReadRequest(int maxDepth)
    {
        if (PayloadKind != JsonTokenType.StartObject)
        {
            throw new RequestFormatException("The payload must be an object with a \"query\".");
        }

        try
        {
            var reader = new Utf8JsonReader(_payload.Span, JsonValueReader.ReaderOptions(maxDepth));
            reader.Read();
            return GraphQLRequestReader.ReadObject(ref reader, maxDepth);
        }
        catch (JsonException e)
        {
            throw new RequestFormatException(e.Message);
        }
    }

    /// <summary>The payload as a plain object (connection parameters), or null when absent or not an object.</summary>
    public IReadOnlyDictionary<string, object?>? ReadObjectPayload(int maxDepth)
    {
        if (PayloadKind != JsonTokenType.StartObject)
        {
            return null;
        }

        var reader = new Utf8JsonReader(_payload.Span, JsonValueReader.ReaderOptions(maxDepth));
        reader.Read();
        return (IReadOnlyDictionary<string, object?>?)JsonValueReader.ReadValue(ref reader, 1, maxDepth);
    }

    /// <summary>The raw payload JSON (echoed by <c>pong</c>).</summary>
    public ReadOnlyMemory<byte> RawPayload => _payload;
}
