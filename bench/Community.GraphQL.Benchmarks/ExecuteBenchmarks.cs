using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Community.GraphQL.Execution;

namespace Community.GraphQL.Benchmarks;

/// <summary>
/// A cached execution: the document was parsed, validated and planned by an earlier request, so
/// each iteration pays for execution and JSON serialization only (the Node comparison does the same).
/// </summary>
[MemoryDiagnoser]
public class ExecuteBenchmarks
{
    // The options the HTTP transport writes responses with.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // One reusable output buffer, as a server reuses its response buffers.
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private RequestExecutor _executor = null!;
    private RequestOptions _options = null!;
    private GraphQLRequest _introspection = null!;
    private GraphQLRequest _threeLevels = null!;

    [GlobalSetup]
    public void Setup()
    {
        _executor = new RequestExecutor(BenchDocuments.BuildSchema());
        _options = new RequestOptions { RootValue = new BenchRoot() };
        _introspection = new GraphQLRequest { Query = BenchDocuments.Introspection };
        _threeLevels = new GraphQLRequest { Query = BenchDocuments.ThreeLevels };
        ExecuteIntrospection();
        ExecuteThreeLevels();
    }

    [Benchmark]
    public int ExecuteIntrospection() => Execute(_introspection);

    [Benchmark]
    public int ExecuteThreeLevels() => Execute(_threeLevels);

    private int Execute(GraphQLRequest request)
    {
        using var result = _executor.ExecuteAsync(request, _options).GetAwaiter().GetResult();
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        using (var writer = new Utf8JsonWriter(_buffer, WriterOptions))
        {
            result.WriteTo(writer);
        }

        var written = _buffer.WrittenCount;
        _buffer.ResetWrittenCount();
        return written;
    }
}
