using BenchmarkDotNet.Attributes;
using Community.GraphQL.Language;
using Community.GraphQL.Types;
using Community.GraphQL.Validation;

namespace Community.GraphQL.Benchmarks;

/// <summary>Running every validation rule over the two benchmark operations.</summary>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _introspection = null!;
    private DocumentNode _threeLevels = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchDocuments.BuildSchema();
        _introspection = Parser.Parse(BenchDocuments.Introspection);
        _threeLevels = Parser.Parse(BenchDocuments.ThreeLevels);
    }

    [Benchmark]
    public int ValidateIntrospection() => DocumentValidator.Validate(_schema, _introspection).Count;

    [Benchmark]
    public int ValidateThreeLevels() => DocumentValidator.Validate(_schema, _threeLevels).Count;
}
