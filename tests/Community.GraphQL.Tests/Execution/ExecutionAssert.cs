using System.Text.Json;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Execution;

/// <summary>Runs requests and compares responses as normalized JSON.</summary>
internal static class ExecutionAssert
{
    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema,
        string query,
        object? variables = null,
        string? operationName = null,
        ExecutorOptions? options = null,
        RequestOptions? requestOptions = null)
    {
        var executor = new RequestExecutor(schema, options);
        return await executor.ExecuteAsync(Request(query, variables, operationName), requestOptions);
    }

    public static GraphQLRequest Request(string query, object? variables = null, string? operationName = null)
        => new()
        {
            Query = query,
            OperationName = operationName,
            Variables = variables switch
            {
                null => null,
                string json => JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!.ToDictionary(p => p.Key, p => (object?)p.Value),
                IReadOnlyDictionary<string, object?> map => map,
                _ => throw new ArgumentException("Variables must be JSON text or a dictionary."),
            },
        };

    /// <summary>Asserts the whole response equals <paramref name="expectedJson"/> (whitespace and quote style ignored).</summary>
    public static void Json(string expectedJson, ExecutionResult result)
        => Assert.Equal(Normalize(expectedJson), Normalize(result.ToJson()));

    public static string Normalize(string json)
        => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement);

    public static GraphQLError SingleError(ExecutionResult result)
    {
        Assert.NotNull(result.Errors);
        return Assert.Single(result.Errors!);
    }
}
