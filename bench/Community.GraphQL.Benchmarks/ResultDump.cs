using System.Text.Json;
using Community.GraphQL.Execution;

namespace Community.GraphQL.Benchmarks;

/// <summary>
/// Writes <c>{"Introspection": response, "ThreeLevels": response}</c> as the benchmarks produce
/// them, so that bench/node/check-results.mjs can check the Node engines return the same data.
/// </summary>
public static class ResultDump
{
    public static void Write(Stream output)
    {
        var executor = new RequestExecutor(BenchDocuments.BuildSchema());
        var options = new RequestOptions { RootValue = new BenchRoot() };
        using var writer = new Utf8JsonWriter(output);
        writer.WriteStartObject();
        foreach (var (name, query) in new[] { ("Introspection", BenchDocuments.Introspection), ("ThreeLevels", BenchDocuments.ThreeLevels) })
        {
            using var result = executor.ExecuteAsync(new GraphQLRequest { Query = query }, options).GetAwaiter().GetResult();
            writer.WritePropertyName(name);
            result.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
