using System.Text.Json;

namespace Community.GraphQL.Execution;

/// <summary>
/// The response to one request (or one event of a subscription). <see cref="Data"/> holds the
/// result tree; dispose the result once written so pooled buffers return to their pools.
/// </summary>
public sealed class ExecutionResult : IDisposable
{
    private Action? _release;
    private IReadOnlyDictionary<string, object?>? _extensions;

    /// <summary>A result that never started execution (syntax, validation, variable or operation errors): no <c>data</c> entry.</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors, HasData = false, IsRequestError = true };

    public static ExecutionResult RequestError(GraphQLError error) => RequestError([error]);

    /// <summary>The result tree: null, or a map the serializer understands (see <see cref="ResultWriter"/>).</summary>
    public object? Data { get; init; }

    /// <summary>False when the response has no <c>data</c> entry at all (request errors).</summary>
    public bool HasData { get; init; } = true;

    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    public IReadOnlyDictionary<string, object?>? Extensions
    {
        get => _extensions;
        init => _extensions = value;
    }

    /// <summary>True when the request failed before execution began; GraphQL over HTTP answers 400 for these.</summary>
    public bool IsRequestError { get; init; }

    /// <summary>True when the operation's type is not among <see cref="RequestOptions.AllowedOperations"/>.</summary>
    public bool IsOperationNotAllowed { get; init; }

    /// <summary>For a subscription: the stream of results, one per event. Disposing the enumerator ends the subscription.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>Adds one entry to <see cref="Extensions"/> (the engine's own reports, such as the operation's cost).</summary>
    internal void AddExtension(string key, object? value)
    {
        var extensions = _extensions is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(_extensions, StringComparer.Ordinal);
        extensions[key] = value;
        _extensions = extensions;
    }

    /// <summary>Registers the action that returns pooled result structures; run once on dispose.</summary>
    internal void OnDispose(Action release) => _release += release;

    /// <summary>Writes <c>{"errors":[...],"data":...,"extensions":...}</c>.</summary>
    public void WriteTo(Utf8JsonWriter writer) => ResultWriter.Write(writer, this);

    /// <summary>The response as JSON text (for tests and logs; transports write to the stream directly).</summary>
    public string ToJson(bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, SkipValidation = true }))
        {
            WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public void Dispose()
    {
        var release = Interlocked.Exchange(ref _release, null);
        release?.Invoke();
    }
}
