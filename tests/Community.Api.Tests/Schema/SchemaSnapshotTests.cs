using Community.Api.Cli;

namespace Community.Api.Tests.Schema;

/// <summary>
/// The exported SDL in schema/schema.graphql is the API's contract: any schema change must show
/// up there, so a reviewer sees it in the diff.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public void Schema_graphql_matches_the_schema_the_server_serves()
    {
        var path = Path.Combine(Repository.Root(), "schema", "schema.graphql");
        var actual = ExportSchemaCommand.PrintSchema();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run `dotnet run --project src/Community.Api -- export-schema > schema/schema.graphql`.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            expected == actual,
            "schema/schema.graphql is out of date. Export it again with "
            + "`dotnet run --project src/Community.Api -- export-schema > schema/schema.graphql` "
            + $"(or run the tests with UPDATE_SNAPSHOTS=1).\n--- schema/schema.graphql\n{expected}\n+++ served schema\n{actual}");
    }

    [Fact]
    public void Exported_schema_declares_a_query_a_mutation_and_a_subscription_type()
    {
        var sdl = ExportSchemaCommand.PrintSchema();

        Assert.Contains("type Query {", sdl);
        Assert.Contains("type Mutation {", sdl);
        Assert.Contains("type Subscription {", sdl);
    }
}
