using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Execution;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Groups;

/// <summary>Per-group figures of a page, each one statement for every group of the request.</summary>
internal static class GroupLoaders
{
    public static async Task<int> MemberCountAsync(this IResolverContext context, long groupId)
    {
        var factory = context.DbFactory();
        return await context.DataLoader<long, int>("group.memberCount", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.GroupMemberships.Where(m => ids.Contains(m.GroupId))
                .GroupBy(m => m.GroupId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        }).LoadAsync(groupId);
    }

    /// <summary>The viewer's role in the group, or null when not a member.</summary>
    public static async Task<GroupRole?> ViewerRoleAsync(this IResolverContext context, long groupId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, GroupRole?>("group.viewerRole", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await db.GroupMemberships.Where(m => ids.Contains(m.GroupId) && m.MemberId == viewer.Id)
                .ToDictionaryAsync(m => m.GroupId, m => (GroupRole?)m.Role, ct);
        }).LoadAsync(groupId);
    }

    /// <summary>Whether the viewer may read the group's content and members (<see cref="VisibilityQueries.ReadableGroups"/>).</summary>
    public static async Task<bool> ViewerCanReadAsync(this IResolverContext context, long groupId)
    {
        var viewer = await context.ViewerAsync();
        var factory = context.DbFactory();
        return await context.DataLoader<long, bool>("group.viewerCanRead", async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var readable = await db.ReadableGroups(viewer).Where(g => ids.Contains(g.Id)).Select(g => g.Id).ToListAsync(ct);
            return readable.ToDictionary(id => id, _ => true);
        }).LoadAsync(groupId);
    }

    /// <summary>Refuses a group's content to a viewer who may see the group but not read it (a private group they are not in).</summary>
    /// <exception cref="Community.GraphQL.GraphQLException">The viewer may not read the group (<c>AUTH_NOT_AUTHORIZED</c>).</exception>
    public static async Task EnsureViewerCanReadAsync(this IResolverContext context, long groupId)
    {
        if (!await context.ViewerCanReadAsync(groupId))
        {
            throw new Community.GraphQL.GraphQLException(
                "Only the group's members can read its posts and members; ask one of its owners to add you.", SchemaErrorCodes.NotAuthorized);
        }
    }
}
