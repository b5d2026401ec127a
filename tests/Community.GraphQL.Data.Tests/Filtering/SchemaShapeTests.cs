using Community.GraphQL.Data.Tests.Infrastructure;
using Community.GraphQL.Tests.Snapshots;
using Community.GraphQL.Types;

namespace Community.GraphQL.Data.Tests.Filtering;

/// <summary>The filter, sort and connection types as clients see them, pinned so that every change shows in review.</summary>
public sealed class SchemaShapeTests
{
    [Fact]
    public void The_generated_types_print_as_recorded()
    {
        var schema = LibraryApi.BuildSchema(new DataConventions(), f => f, _ => Array.Empty<Article>());

        Snapshot.Match(SchemaPrinter.Print(schema));
    }
}
