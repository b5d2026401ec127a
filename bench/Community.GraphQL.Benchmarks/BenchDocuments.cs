using Community.GraphQL.Types;

namespace Community.GraphQL.Benchmarks;

/// <summary>The schema and operations shared with the Node comparison (bench/schema/).</summary>
public static class BenchDocuments
{
    public static readonly string SchemaSdl = Read("bench.graphql");

    public static readonly string ThreeLevels = Read("three-level.graphql");

    public static readonly string Introspection = IntrospectionQuery.Text;

    public static Schema BuildSchema() => SchemaBuilder.BuildFromSdl(SchemaSdl);

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", name));
}
