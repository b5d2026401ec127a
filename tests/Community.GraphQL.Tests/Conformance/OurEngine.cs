using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Community.GraphQL.Execution;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>Answers a case with our engine, in the oracle's shape (see graphql-js-oracle.mjs).</summary>
internal static class OurEngine
{
    private static readonly ConcurrentDictionary<string, Lazy<(Schema? Schema, IReadOnlyList<string>? Errors)>> Schemas = new();

    public static async Task<JsonObject> AnswerAsync(ConformanceCase @case)
    {
        var (schema, schemaError) = Schemas.GetOrAdd(@case.Sdl, sdl => new Lazy<(Schema?, IReadOnlyList<string>?)>(() => BuildSchema(sdl))).Value;
        if (schema is null)
        {
            return new JsonObject { ["schemaError"] = new JsonArray(schemaError!.Select(e => (JsonNode?)e).ToArray()) };
        }

        var answer = new JsonObject();
        var executor = new RequestExecutor(schema);
        if (@case.Introspection)
        {
            using var result = await executor.ExecuteAsync(new GraphQLRequest { Query = IntrospectionQuery.Text });
            answer["introspection"] = ResultJson(result);
            if (@case.PrintedSchema)
            {
                // Lines, so a difference shows as a readable diff.
                answer["printedSchema"] = new JsonArray(SchemaPrinter.Print(schema).Split('\n').Select(l => (JsonNode?)l).ToArray());
            }
        }

        if (@case.Query is null)
        {
            return answer;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(@case.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            answer["syntaxErrors"] = ErrorsJson(e.Errors);
            return answer;
        }

        var validationErrors = DocumentValidator.Validate(schema, document);
        if (validationErrors.Count > 0 || @case.ValidateOnly)
        {
            answer["validationErrors"] = ErrorsJson(validationErrors);
            return answer;
        }

        var request = new GraphQLRequest
        {
            Query = @case.Query,
            OperationName = @case.OperationName,
            Variables = @case.Variables is null ? null : (IReadOnlyDictionary<string, object?>?)Decode(JsonDocument.Parse(@case.Variables).RootElement),
        };
        var options = new RequestOptions
        {
            RootValue = @case.RootValue is null ? new Dictionary<string, object?>() : Decode(JsonDocument.Parse(@case.RootValue).RootElement),
        };
        using (var result = await executor.ExecuteAsync(request, options))
        {
            answer["executionResult"] = ResultJson(result);
        }

        return answer;
    }

    private static (Schema?, IReadOnlyList<string>?) BuildSchema(string sdl)
    {
        try
        {
            return (ResolverConventions.Build(sdl), null);
        }
        catch (SchemaValidationException e)
        {
            return (null, e.Errors);
        }
        catch (GraphQLException e)
        {
            return (null, [e.Message]);
        }
    }

    /// <summary>The result's <c>errors</c> (message, locations, path: extensions are ours to add) and <c>data</c>.</summary>
    private static JsonObject ResultJson(ExecutionResult result)
    {
        // Keys stay in the order we wrote them (graphql-js writes errors before data).
        var json = JsonNode.Parse(result.ToJson())!.AsObject();
        var answer = new JsonObject();
        foreach (var (key, value) in json)
        {
            if (key == "errors" && value is JsonArray errors)
            {
                answer["errors"] = new JsonArray(errors.Select(e => (JsonNode?)PlainError(e!.AsObject())).ToArray());
            }
            else if (key == "data")
            {
                answer["data"] = value?.DeepClone();
            }
        }

        return answer;
    }

    private static JsonObject PlainError(JsonObject error)
    {
        var plain = new JsonObject { ["message"] = error["message"]!.DeepClone() };
        if (error["locations"] is JsonNode locations)
        {
            plain["locations"] = locations.DeepClone();
        }

        if (error["path"] is JsonNode path)
        {
            plain["path"] = path.DeepClone();
        }

        return plain;
    }

    private static JsonArray ErrorsJson(IEnumerable<GraphQLError> errors)
        => new(errors.Select(e =>
        {
            var plain = new JsonObject { ["message"] = e.Message };
            if (e.Locations is { } locations)
            {
                plain["locations"] = new JsonArray(locations.Select(l => (JsonNode)new JsonObject { ["line"] = l.Line, ["column"] = l.Column }).ToArray());
            }

            return (JsonNode)plain;
        }).ToArray());

    /// <summary>JSON as a transport decodes it: maps, lists, int/long/double, string, bool, null.</summary>
    private static object? Decode(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().ToDictionary<JsonProperty, string, object?>(p => p.Name, p => Decode(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().Select(Decode).ToList<object?>(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        _ => null,
    };
}
