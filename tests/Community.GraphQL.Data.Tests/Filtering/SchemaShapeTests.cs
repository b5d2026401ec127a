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
        var schema = LibraryApi.BuildSchema(LibraryApi.DefaultConventions(), f => f, _ => Array.Empty<Article>());

        Snapshot.Match(SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Explicitly_bound_types_have_only_the_fields_named()
    {
        var conventions = new DataConventions()
            .Filter<Author>(f => f.BindFieldsExplicitly().Field(a => a.Name))
            .Sort<Author>(s => s.BindFieldsExplicitly().Field(a => a.Department))
            .Filter<Article>(f => f.BindFieldsExplicitly().Field(a => a.Title).Field(a => a.Author).Field("commentCount", a => a.Comments.Count));

        var schema = LibraryApi.BuildSchema(conventions, f => f, _ => Array.Empty<Article>());

        var authorFilter = Assert.IsType<InputObjectType>(schema.GetType("AuthorFilterInput"));
        Assert.Equal(["and", "or", "name"], authorFilter.Fields.Select(f => f.Name));
        var articleFilter = Assert.IsType<InputObjectType>(schema.GetType("ArticleFilterInput"));
        Assert.Equal(["and", "or", "title", "author", "commentCount"], articleFilter.Fields.Select(f => f.Name));
        var authorSort = Assert.IsType<InputObjectType>(schema.GetType("AuthorSortInput"));
        Assert.Equal(["department"], authorSort.Fields.Select(f => f.Name));
    }
}
