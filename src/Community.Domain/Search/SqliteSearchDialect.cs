using System.Globalization;

namespace Community.Domain.Search;

/// <summary>
/// Search on SQLite: the FTS5 tables <c>SearchPosts</c>, <c>SearchMembers</c>, <c>SearchGroups</c> and
/// <c>SearchEvents</c> (rowid = the entity's id), ranked by bm25 with names and titles weighted
/// above longer text, excerpts by <c>snippet()</c>.
/// </summary>
internal sealed class SqliteSearchDialect : SearchDialect
{
    public static readonly SqliteSearchDialect Instance = new();

    private static readonly Dictionary<SearchKind, (string Table, string Weights)> Tables = new()
    {
        [SearchKind.Post] = ("SearchPosts", "4.0, 1.0"),
        [SearchKind.Member] = ("SearchMembers", "4.0, 2.0, 2.0, 1.0, 2.0"),
        [SearchKind.Group] = ("SearchGroups", "4.0, 1.0"),
        [SearchKind.Event] = ("SearchEvents", "4.0, 1.0, 2.0"),
    };

    public override string MatchExpression(SearchText text) => text.ToFts5Query();

    // bm25 is lower for better matches; negated, a higher score is better on both providers.
    public override string Matches(SearchKind kind)
    {
        var (table, weights) = Tables[kind];
        var k = (int)kind;
        return $$"""
            SELECT {{k}} AS "Kind", rowid AS "EntityId", -bm25("{{table}}", {{weights}}) AS "Score", rowid * 4 + {{k}} AS "Key", {0} AS "Query"
            FROM "{{table}}" WHERE "{{table}}" MATCH {0}
            """;
    }

    public override string NoMatches =>
        """SELECT 0 AS "Kind", 0 AS "EntityId", 0.0 AS "Score", 0 AS "Key", '' AS "Query" WHERE 0""";

    public override (string Sql, object[] Parameters) Snippets(SearchKind kind, string matchExpression, IReadOnlyCollection<long> ids)
    {
        var table = Tables[kind].Table;
        var placeholders = string.Join(", ", Enumerable.Range(1, ids.Count).Select(i => "{" + i.ToString(CultureInfo.InvariantCulture) + "}"));
        var sql = $$"""
            SELECT rowid AS "EntityId", snippet("{{table}}", -1, char({{(int)SnippetMarkup.StartMark}}), char({{(int)SnippetMarkup.EndMark}}), '…', {{SnippetWords}}) AS "Snippet"
            FROM "{{table}}" WHERE "{{table}}" MATCH {0} AND rowid IN ({{placeholders}})
            """;
        return (sql, [matchExpression, .. ids.Cast<object>()]);
    }
}
