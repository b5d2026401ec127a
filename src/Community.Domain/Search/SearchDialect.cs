using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Search;

/// <summary>
/// The SQL of search on one provider: matching and ranking one kind (a SELECT returning
/// <see cref="SearchHit"/>'s columns, <c>{0}</c> being the match expression), and the excerpts of
/// given hits. The kinds' SELECTs are joined with UNION ALL and the visibility rules composed on
/// top in LINQ, so the whole search runs as one statement.
/// </summary>
internal abstract class SearchDialect
{
    public static SearchDialect For(CommunityDbContext db) =>
        db.Database.IsNpgsql() ? PostgreSqlSearchDialect.Instance : SqliteSearchDialect.Instance;

    /// <summary>The match expression of the text, passed as <c>{0}</c>.</summary>
    public abstract string MatchExpression(SearchText text);

    /// <summary>The hits of one kind.</summary>
    public abstract string Matches(SearchKind kind);

    /// <summary>A query of the hits' shape that returns no rows, for text without any word.</summary>
    public abstract string NoMatches { get; }

    /// <summary>
    /// The excerpts of the given entities of one kind, columns <c>EntityId</c> and <c>Snippet</c>, with
    /// matched words between <see cref="SnippetMarkup.StartMark"/> and <see cref="SnippetMarkup.EndMark"/>.
    /// </summary>
    public abstract (string Sql, object[] Parameters) Snippets(SearchKind kind, string matchExpression, IReadOnlyCollection<long> ids);

    /// <summary>The length of an excerpt, in words.</summary>
    protected const int SnippetWords = 24;
}
