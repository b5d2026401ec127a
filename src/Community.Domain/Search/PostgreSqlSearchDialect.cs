namespace Community.Domain.Search;

/// <summary>
/// Search on PostgreSQL: the generated <c>SearchVector</c> column of each table (GIN-indexed, 'simple'
/// configuration), matched with <c>to_tsquery</c>, ranked by <c>ts_rank</c> over the weights the column
/// gives names, titles and longer text, excerpts by <c>ts_headline</c> (for the page's hits only).
/// </summary>
internal sealed class PostgreSqlSearchDialect : SearchDialect
{
    public static readonly PostgreSqlSearchDialect Instance = new();

    private static readonly Dictionary<SearchKind, (string Table, string Text)> Tables = new()
    {
        [SearchKind.Post] = ("Posts", """concat_ws(' — ', t."Title", t."Body")"""),
        [SearchKind.Member] = ("Members", """concat_ws(' · ', t."DisplayName", '@' || t."Handle", t."Title", t."Department", "SearchSkillsText"(t."Skills"))"""),
        [SearchKind.Group] = ("Groups", """concat_ws(' — ', t."Name", t."Description")"""),
        [SearchKind.Event] = ("Events", """concat_ws(' — ', t."Title", t."Location", t."Description")"""),
    };

    public override string MatchExpression(SearchText text) => text.ToTsQuery();

    public override string Matches(SearchKind kind)
    {
        var table = Tables[kind].Table;
        var k = (int)kind;
        return $$"""
            SELECT {{k}} AS "Kind", t."Id" AS "EntityId", ts_rank(t."SearchVector", q.query)::double precision AS "Score", t."Id" * 4 + {{k}} AS "Key", {0}::text AS "Query"
            FROM "{{table}}" AS t, to_tsquery('simple', {0}) AS q(query) WHERE t."SearchVector" @@ q.query
            """;
    }

    public override string NoMatches =>
        """SELECT 0 AS "Kind", 0::bigint AS "EntityId", 0::double precision AS "Score", 0::bigint AS "Key", ''::text AS "Query" WHERE false""";

    public override (string Sql, object[] Parameters) Snippets(SearchKind kind, string matchExpression, IReadOnlyCollection<long> ids)
    {
        var (table, text) = Tables[kind];
        var options = $"'StartSel=' || chr({(int)SnippetMarkup.StartMark}) || ', StopSel=' || chr({(int)SnippetMarkup.EndMark}) || ', MaxWords={SnippetWords}, MinWords={SnippetWords / 3}'";
        var sql = $$"""
            SELECT t."Id" AS "EntityId", ts_headline('simple', {{text}}, to_tsquery('simple', {0}), {{options}}) AS "Snippet"
            FROM "{{table}}" AS t WHERE t."Id" = ANY({1})
            """;
        return (sql, [matchExpression, ids.ToArray()]);
    }
}
