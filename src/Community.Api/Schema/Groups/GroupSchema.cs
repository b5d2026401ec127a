using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Data;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Types;

namespace Community.Api.Schema.Groups;

/// <summary>Groups: the <c>Group</c> type and the groups the viewer may discover.</summary>
internal static class GroupSchema
{
    public static SchemaBuilder AddGroupTypes(this SchemaBuilder builder, DataConventions data) => builder
        .ObjectType<Group>("Group", t => t
            .Description("A space for posts and events: public, private or secret.")
            .Implements("Node")
            .Field("id", "ID!", f => f.Description("The group's global id.").Resolve(ctx => GlobalId.Encode("Group", ctx.ParentAs<Group>().Id)))
            .Field(g => g.Name, f => f.Description("The group's name, unique in the community."))
            .Field(g => g.Description, f => f.Description("What the group is for."))
            .Field(g => g.Visibility, f => f.Description("Who can find the group and read its content."))
            .Field(g => g.CreatedAt, f => f.Description("When the group was created."))
            .Field("memberCount", "Int!", f => f
                .Description("How many members the group has.")
                .ResolveAsync(ctx => ctx.MemberCountAsync(ctx.ParentAs<Group>().Id)))
            .Field("viewerRole", "GroupRole", f => f
                .Description("The signed-in member's role in the group; null when not a member.")
                .ResolveAsync(ctx => ctx.ViewerRoleAsync(ctx.ParentAs<Group>().Id)))
            .Field("members", f => f
                .Description("The group's members, by name unless ordered otherwise. Only those who may read the group see them (its members, and employees for a public group); for others the field is null with an AUTH_NOT_AUTHORIZED error.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Member>(conventions: data)
                .UseProjection<Member>(data)
                .UseFiltering<Member>(data)
                .UseSorting<Member>(data)
                .UseDefaultOrder<Member>(o => o.Ascending(m => m.DisplayName), data)
                .ResolveAsync(async ctx =>
                {
                    var groupId = ctx.ParentAs<Group>().Id;
                    await ctx.EnsureViewerCanReadAsync(groupId);
                    var db = ctx.DbContext<CommunityDbContext>();
                    return db.Members.Where(m => db.GroupMemberships.Any(gm => gm.GroupId == groupId && gm.MemberId == m.Id));
                }))
            .Field("posts", f => f
                .Description("The group's posts, newest first unless ordered otherwise. Only those who may read the group see them; for others the field is null with an AUTH_NOT_AUTHORIZED error.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Post>(conventions: data)
                .UseProjection<Post>(data)
                .UseFiltering<Post>(data)
                .UseSorting<Post>(data)
                .UseDefaultOrder<Post>(o => o.Descending(p => p.PublishedAt), data)
                .ResolveAsync(async ctx =>
                {
                    var groupId = ctx.ParentAs<Group>().Id;
                    await ctx.EnsureViewerCanReadAsync(groupId);
                    return ctx.DbContext<CommunityDbContext>().VisiblePosts(await ctx.ViewerAsync(), ctx.Now()).Where(p => p.GroupId == groupId);
                }))
            .AddJoinRequestFields(data));

    public static ObjectTypeDescriptor AddGroupQueries(this ObjectTypeDescriptor q, DataConventions data) => q
            .Field("groups", f => f
                .Description("The groups the viewer may discover: employees find public and private groups and the secret groups they belong to; guests find their own groups.")
                .UseDbContext<CommunityDbContext>()
                .UsePaging<Group>(conventions: data)
                .UseProjection<Group>(data)
                .UseFiltering<Group>(data)
                .UseSorting<Group>(data)
                .UseDefaultOrder<Group>(o => o.Ascending(g => g.Name), data)
                .ResolveAsync(async ctx => ctx.DbContext<CommunityDbContext>().VisibleGroups(await ctx.ViewerAsync())));
}
