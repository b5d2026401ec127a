using BenchmarkDotNet.Attributes;
using Community.GraphQL.Language;

namespace Community.GraphQL.Benchmarks;

/// <summary>Parsing the two benchmark operations from text to a syntax tree.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    [Benchmark]
    public DocumentNode ParseIntrospection() => Parser.Parse(BenchDocuments.Introspection);

    [Benchmark]
    public DocumentNode ParseThreeLevels() => Parser.Parse(BenchDocuments.ThreeLevels);
}
