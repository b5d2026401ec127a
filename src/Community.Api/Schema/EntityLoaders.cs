using Community.Domain.Model;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema;

/// <summary>Members and groups by id, batched per request (the authors of a page are one statement).</summary>
internal static class EntityLoaders
{
    public static Task<Member?> MemberAsync(this IResolverContext context, long id)
    {
        var factory = context.DbFactory();
        return context.DataLoader<long, Member>("member.byId", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        }).LoadAsync(id);
    }

    public static Task<Group?> GroupAsync(this IResolverContext context, long id)
    {
        var factory = context.DbFactory();
        return context.DataLoader<long, Group>("group.byId", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.Groups.AsNoTracking().Where(g => ids.Contains(g.Id)).ToDictionaryAsync(g => g.Id, ct);
        }).LoadAsync(id);
    }
}
