using Community.Domain.Persistence;
using Community.Domain.Search;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Search;

/// <summary>
/// What a page of search hits shows, loaded for the whole page at once: the snippets in one
/// statement per kind, the objects in one statement per kind. The hits were already filtered to
/// what the viewer may see, so the objects are loaded by id.
/// </summary>
internal static class SearchLoaders
{
    public static async Task<string> SearchSnippetAsync(this IResolverContext context, SearchHit hit)
    {
        var factory = context.DbFactory();
        var snippet = await context.DataLoader<HitKey, string>("search.snippet", async (keys, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var snippets = new Dictionary<HitKey, string>();
            foreach (var group in keys.GroupBy(k => (k.Kind, k.Query)))
            {
                var found = await db.SnippetsAsync(group.Key.Kind, group.Key.Query, group.Select(k => k.EntityId).ToArray(), ct);
                foreach (var (id, text) in found)
                {
                    snippets[new HitKey(group.Key.Kind, id, group.Key.Query)] = text;
                }
            }

            return snippets;
        }).LoadAsync(new HitKey(hit.Kind, hit.EntityId, hit.Query));
        return snippet ?? "";
    }

    public static async Task<object?> SearchResultAsync(this IResolverContext context, SearchHit hit)
    {
        switch (hit.Kind)
        {
            case SearchKind.Member:
                return await context.MemberAsync(hit.EntityId);
            case SearchKind.Group:
                return await context.GroupAsync(hit.EntityId);
            case SearchKind.Post:
                return await Load(context, "search.post", hit.EntityId, (db, ids) => db.Posts.AsNoTracking().Where(p => ids.Contains(p.Id)), p => p.Id);
            case SearchKind.Event:
                return await Load(context, "search.event", hit.EntityId, (db, ids) => db.Events.AsNoTracking().Where(e => ids.Contains(e.Id)), e => e.Id);
            default:
                return null;
        }
    }

    private static Task<T?> Load<T>(IResolverContext context, string name, long id,
        Func<CommunityDbContext, IReadOnlyList<long>, IQueryable<T>> query, Func<T, long> key)
        where T : class
    {
        var factory = context.DbFactory();
        return context.DataLoader<long, T>(name, async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await query(db, ids).ToDictionaryAsync(key, ct);
        }).LoadAsync(id);
    }

    private readonly record struct HitKey(SearchKind Kind, long EntityId, string Query);
}
