using Community.GraphQL.Data.Tests.Infrastructure;

namespace Community.GraphQL.Data.Tests.Filtering;

/// <summary>
/// Every operator of every kind, written once and run per provider: the SQL the database ran must
/// return exactly the rows LINQ to Objects returns on the same rows, nulls included.
/// </summary>
public sealed class FilterOperatorTests
{
    public static readonly string[] Cases =
    [
        // Strings
        "{ title: { eq: \"alpha\" } }",
        "{ title: { neq: \"alpha\" } }",
        "{ summary: { eq: null } }",
        "{ summary: { neq: null } }",
        "{ title: { contains: \"eta\" } }",
        "{ title: { ncontains: \"eta\" } }",
        "{ summary: { contains: \"1\" } }",
        "{ summary: { ncontains: \"1\" } }",
        "{ title: { in: [\"alpha\", \"beta\", \"nothing\"] } }",
        "{ summary: { in: [\"summary 1\", null] } }",
        "{ title: { nin: [\"alpha\", \"beta\"] } }",
        "{ summary: { nin: [\"summary 1\", null] } }",
        "{ title: { startsWith: \"al\" } }",
        "{ title: { nstartsWith: \"al\" } }",
        "{ title: { endsWith: \"a 2\" } }",
        "{ summary: { nendsWith: \"2\" } }",
        "{ title: { eqIgnoreCase: \"ALPHA\" } }",
        "{ title: { containsIgnoreCase: \"LPH\" } }",
        "{ title: { startsWithIgnoreCase: \"AL\" } }",
        "{ title: { endsWithIgnoreCase: \"TA\" } }",
        "{ title: { eqIgnoreCase: \"ÉLAN\" } }",
        "{ title: { containsIgnoreCase: \"LAN\" } }",
        "{ title: { startsWithIgnoreCase: \"éL\" } }",
        "{ title: { or: [{ eq: \"beta\" }, { startsWith: \"g\" }] } }",
        "{ title: { and: [{ contains: \"e\" }, { ncontains: \"z\" }] } }",
        // Comparable: Int, Long (nullable), Float, DateTime (and nullable), UUID
        "{ views: { eq: 3 } }",
        "{ views: { neq: 3 } }",
        "{ views: { in: [1, 2, 3] } }",
        "{ views: { nin: [1, 2, 3] } }",
        "{ views: { gt: 5 } }",
        "{ views: { ngt: 5 } }",
        "{ views: { gte: 5 } }",
        "{ views: { ngte: 5 } }",
        "{ views: { lt: 5 } }",
        "{ views: { nlt: 5 } }",
        "{ views: { lte: 5 } }",
        "{ views: { nlte: 5 } }",
        "{ score: { eq: null } }",
        "{ score: { neq: null } }",
        "{ score: { gt: 4 } }",
        "{ score: { ngt: 4 } }",
        "{ score: { lte: 4 } }",
        "{ score: { nlte: 4 } }",
        "{ score: { in: [1, 2, null] } }",
        "{ score: { nin: [1, 2, null] } }",
        "{ rating: { gte: 1.0 } }",
        "{ rating: { lt: 1.5 } }",
        "{ publishedAt: { gte: \"2026-01-01T12:00:00Z\" } }",
        "{ publishedAt: { lt: \"2026-01-01T12:00:00+02:00\" } }",
        "{ publishedAt: { eq: \"2026-01-01T09:00:00Z\" } }",
        "{ editedAt: { eq: null } }",
        "{ editedAt: { gt: \"2026-01-03T00:00:00Z\" } }",
        "{ editedAt: { nlt: \"2026-01-03T00:00:00Z\" } }",
        "{ uid: { eq: \"00000000-0000-0000-0000-000000000007\" } }",
        "{ uid: { in: [\"00000000-0000-0000-0000-000000000007\", \"00000000-0000-0000-0000-000000000009\"] } }",
        // Boolean
        "{ isPinned: { eq: true } }",
        "{ isPinned: { neq: true } }",
        // Enums, non-null and nullable
        "{ kind: { eq: ANNOUNCEMENT } }",
        "{ kind: { neq: ANNOUNCEMENT } }",
        "{ kind: { in: [UPDATE, QUESTION] } }",
        "{ kind: { nin: [UPDATE] } }",
        "{ previousKind: { eq: null } }",
        "{ previousKind: { in: [QUESTION, null] } }",
        "{ previousKind: { nin: [QUESTION, null] } }",
        // Related object
        "{ author: { name: { eq: \"ada\" } } }",
        "{ author: { department: { eq: null } } }",
        "{ author: { department: { eqIgnoreCase: \"ENGINEERING\" } } }",
        // Lists of objects
        "{ comments: { any: true } }",
        "{ comments: { any: false } }",
        "{ comments: { some: { likes: { gte: 3 } } } }",
        "{ comments: { all: { likes: { lt: 3 } } } }",
        "{ comments: { none: { text: { eq: \"comment 2\" } } } }",
        // Lists of scalars
        "{ tags: { some: { eq: \"tag1\" } } }",
        "{ tags: { none: { in: [\"tag0\", \"tag3\"] } } }",
        "{ tags: { all: { startsWith: \"tag\" } } }",
        "{ tags: { any: false } }",
        // Lists of objects, from the other side
        "{ author: { articles: { some: { isPinned: { eq: true } } } } }",
        // A computed field
        "{ commentCount: { gte: 2 } }",
        "{ commentCount: { eq: 0 }, kind: { neq: UPDATE } }",
        // and, or, several fields
        "{ views: { gt: 2 }, kind: { eq: UPDATE } }",
        "{ and: [{ views: { gt: 2 } }, { score: { neq: null } }] }",
        "{ or: [{ isPinned: { eq: true } }, { title: { startsWith: \"z\" } }] }",
        "{ or: [{ and: [{ views: { lt: 3 } }, { kind: { eq: QUESTION } }] }, { author: { name: { eq: \"linus\" } } }] }",
        "{ }",
    ];

    public static IEnumerable<object[]> ProviderCases() =>
        from provider in TestDatabase.Providers()
        from filter in Cases
        select new object[] { provider[0], filter };

    [Theory]
    [MemberData(nameof(ProviderCases))]
    public async Task The_database_returns_what_linq_returns(string provider, string where)
    {
        var api = SharedDatabases.Api(provider);
        var query = $"{{ articles(first: 50, where: {where}) {{ nodes {{ id }} totalCount }} }}";

        var expected = await api.QueryMemoryAsync(query);
        var actual = await api.QueryDatabaseAsync(query);

        JsonAssert.NoErrors(expected);
        JsonAssert.NoErrors(actual);
        Assert.Equal(JsonAssert.Ids(expected), JsonAssert.Ids(actual));
        Assert.Equal(JsonAssert.Ids(expected).Length, actual.GetProperty("data").GetProperty("articles").GetProperty("totalCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Eq_null_matches_exactly_the_rows_without_a_value(string provider)
    {
        var api = SharedDatabases.Api(provider);
        var expected = LibraryRows.Create().SelectMany(a => a.Articles).Where(a => a.Summary is null).Select(a => a.Id).Order().ToArray();

        var response = await api.QueryDatabaseAsync("{ articles(first: 50, where: { summary: { eq: null } }, order: [{ id: ASC }]) { nodes { id } } }");

        JsonAssert.NoErrors(response);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, JsonAssert.Ids(response));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Case_insensitive_matching_folds_letters_beyond_ascii(string provider)
    {
        var api = SharedDatabases.Api(provider);

        var response = await api.QueryDatabaseAsync("{ articles(first: 50, where: { title: { startsWithIgnoreCase: \"ÉLAN\" } }) { nodes { title } } }");

        JsonAssert.NoErrors(response);
        var titles = response.GetProperty("data").GetProperty("articles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToList();
        Assert.Contains(titles, t => t!.StartsWith("Élan", StringComparison.Ordinal));
        Assert.Contains(titles, t => t!.StartsWith("élan", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Case_insensitive_equality_finds_every_case_variant(string provider)
    {
        var api = SharedDatabases.Api(provider);

        var response = await api.QueryDatabaseAsync("{ articles(first: 50, where: { title: { eqIgnoreCase: \"ALPHA\" } }) { nodes { title } } }");

        JsonAssert.NoErrors(response);
        var titles = response.GetProperty("data").GetProperty("articles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "alpha", "Alpha" }, titles);
    }
}
