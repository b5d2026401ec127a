using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Search;

/// <summary>
/// Search across posts, members, groups and events, as queries that run in SQL. The index finds
/// the matches; the visibility rules of <see cref="VisibilityQueries"/> are joined with them in the
/// same statement, so whatever the viewer may not see is never returned, never counted and never
/// pages: ordering, paging and counting run on the visible matches only.
/// </summary>
public static class SearchQueries
{
    public static readonly IReadOnlyList<SearchKind> AllKinds = Enum.GetValues<SearchKind>();

    /// <summary>
    /// The visible matches of <paramref name="text"/> among <paramref name="kinds"/> (every kind when null
    /// or empty), unordered: order them by <see cref="SearchHit.Score"/> descending, then <see cref="SearchHit.Key"/>.
    /// Posts as <see cref="VisibilityQueries.VisiblePosts"/>; members as the directory shows them, enabled
    /// ones only; groups as <see cref="VisibilityQueries.VisibleGroups"/>; events as <see cref="VisibilityQueries.VisibleEvents"/>.
    /// </summary>
    public static IQueryable<SearchHit> Search(this CommunityDbContext db, Member viewer, DateTime now, SearchText text,
        IReadOnlyCollection<SearchKind>? kinds = null)
    {
        var dialect = SearchDialect.For(db);
        var wanted = kinds is null || kinds.Count == 0 ? AllKinds : kinds.Distinct().Order().ToArray();
        var hits = text.IsEmpty
            ? db.Database.SqlQueryRaw<SearchHit>(dialect.NoMatches)
            : db.Database.SqlQueryRaw<SearchHit>(string.Join("\nUNION ALL\n", wanted.Select(dialect.Matches)), dialect.MatchExpression(text));

        var posts = db.VisiblePosts(viewer, now);
        var members = db.VisibleMembers(viewer).Where(m => m.IsEnabled);
        var groups = db.VisibleGroups(viewer);
        var events = db.VisibleEvents(viewer);
        return hits.Where(h =>
            (h.Kind == SearchKind.Post && posts.Any(p => p.Id == h.EntityId))
            || (h.Kind == SearchKind.Member && members.Any(m => m.Id == h.EntityId))
            || (h.Kind == SearchKind.Group && groups.Any(g => g.Id == h.EntityId))
            || (h.Kind == SearchKind.Event && events.Any(e => e.Id == h.EntityId)));
    }

    /// <summary>
    /// The excerpt of each given entity of one kind, as safe HTML with the matched words in
    /// <c>&lt;mark&gt;</c> (see <see cref="SnippetMarkup"/>), in one statement. Call it with hits that
    /// <see cref="Search"/> returned: it does not check visibility again.
    /// </summary>
    public static async Task<Dictionary<long, string>> SnippetsAsync(this CommunityDbContext db, SearchKind kind, string matchExpression,
        IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var (sql, parameters) = SearchDialect.For(db).Snippets(kind, matchExpression, ids);
        var rows = await db.Database.SqlQueryRaw<SnippetRow>(sql, parameters).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.EntityId, r => SnippetMarkup.ToHtml(r.Snippet));
    }

    private sealed class SnippetRow
    {
        public long EntityId { get; init; }

        public string? Snippet { get; init; }
    }
}
