using Community.Api.Schema.Errors;
using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Services;
using Community.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Schema.Groups;

/// <summary>The mutations on groups: creating and editing them, joining and leaving, adding members and setting their roles.</summary>
internal static class GroupMutations
{
    private static readonly string[] CreateGroupCodes =
        [DomainErrorCodes.NotAuthorized, DomainErrorCodes.DuplicateGroupName, DomainErrorCodes.InvalidInput];

    private static readonly string[] EditGroupCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.DuplicateGroupName, DomainErrorCodes.InvalidInput];

    private static readonly string[] JoinGroupCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.DuplicateMembership, DomainErrorCodes.NotAuthorized];

    private static readonly string[] LeaveGroupCodes = [DomainErrorCodes.NotAMember, DomainErrorCodes.NotAuthorized];

    private static readonly string[] AddGroupMemberCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.MemberNotFound, DomainErrorCodes.MemberDisabled,
         DomainErrorCodes.DuplicateMembership];

    private static readonly string[] SetGroupMemberRoleCodes =
        [DomainErrorCodes.GroupNotFound, DomainErrorCodes.NotAuthorized, DomainErrorCodes.InvalidInput];

    public static SchemaBuilder AddGroupMutationTypes(this SchemaBuilder builder) => builder
        .ObjectType<GroupMembership>("GroupMembership", t => t
            .Description("A member's place in a group, with their role there.")
            .Field("group", "Group!", f => f
                .Description("The group.")
                .ResolveAsync(async ctx => await ctx.GroupAsync(ctx.ParentAs<GroupMembership>().GroupId)))
            .Field("member", "Member!", f => f
                .Description("The member.")
                .ResolveAsync(async ctx => await ctx.MemberAsync(ctx.ParentAs<GroupMembership>().MemberId)))
            .Field(m => m.Role, f => f.Description("The member's role in the group."))
            .Field(m => m.JoinedAt, f => f.Description("When the member joined the group.")))
        .InputObjectType("CreateGroupInput", i => i
            .Description("A new group; the signed-in member becomes its owner.")
            .Field("name", "String!", f => f.Description($"The group's name, unique in the community, at most {Group.NameMaxLength} characters."))
            .Field("description", "String", f => f.Description($"What the group is for, at most {Group.DescriptionMaxLength} characters."))
            .Field("visibility", "GroupVisibility!", GroupVisibility.Public, f => f.Description("Who can find the group and read its content; public when omitted.")))
        .ObjectType("CreateGroupPayload", t => t
            .Description("The result of createGroup: the new group, or why it was refused.")
            .Field("group", "Group", f => f.Description("The new group; null when refused."))
            .Field("errors", "[CreateGroupError!]", f => f.Description("Why the group was refused; null when it was created.")))
        .AddErrorUnion("CreateGroupError", "createGroup", CreateGroupCodes)
        .InputObjectType("EditGroupInput", i => i
            .Description("Changes to a group, by one of its owners or an admin; an omitted field keeps its value.")
            .Field("groupId", "ID!", f => f.Description("The group to edit."))
            .Field("name", "String", f => f.Description("The new name, unique in the community."))
            .Field("description", "String", f => f.Description("The new description; an empty string clears it."))
            .Field("visibility", "GroupVisibility", f => f.Description("The new visibility: making a group secret hides it from non-members at once.")))
        .ObjectType("EditGroupPayload", t => t
            .Description("The result of editGroup.")
            .Field("group", "Group", f => f.Description("The edited group; null when refused."))
            .Field("errors", "[EditGroupError!]", f => f.Description("Why the edit was refused; null when it was saved.")))
        .AddErrorUnion("EditGroupError", "editGroup", EditGroupCodes)
        .InputObjectType("JoinGroupInput", i => i
            .Description("A public group an employee joins by themself.")
            .Field("groupId", "ID!", f => f.Description("The group to join.")))
        .ObjectType("JoinGroupPayload", t => t
            .Description("The result of joinGroup.")
            .Field("group", "Group", f => f.Description("The group joined; null when refused."))
            .Field("errors", "[JoinGroupError!]", f => f.Description("Why joining was refused; null when the viewer joined.")))
        .AddErrorUnion("JoinGroupError", "joinGroup", JoinGroupCodes)
        .InputObjectType("LeaveGroupInput", i => i
            .Description("A group the signed-in member leaves.")
            .Field("groupId", "ID!", f => f.Description("The group to leave.")))
        .ObjectType("LeaveGroupPayload", t => t
            .Description("The result of leaveGroup.")
            .Field("groupId", "ID", f => f.Description("The group left; null when refused."))
            .Field("group", "Group", f => f.Description("The group left, as the viewer now sees it; null when refused, and null when the viewer may no longer see it (a secret group)."))
            .Field("errors", "[LeaveGroupError!]", f => f.Description("Why leaving was refused; null when the viewer left.")))
        .AddErrorUnion("LeaveGroupError", "leaveGroup", LeaveGroupCodes)
        .InputObjectType("AddGroupMemberInput", i => i
            .Description("A member that an owner or moderator of a group adds to it (guests included).")
            .Field("groupId", "ID!", f => f.Description("The group."))
            .Field("memberId", "ID!", f => f.Description("The member to add."))
            .Field("role", "GroupRole!", GroupRole.Member, f => f.Description("The member's role in the group; only owners make owners.")))
        .ObjectType("AddGroupMemberPayload", t => t
            .Description("The result of addGroupMember.")
            .Field("membership", "GroupMembership", f => f.Description("The new membership; null when refused."))
            .Field("errors", "[AddGroupMemberError!]", f => f.Description("Why the member was not added; null when they were.")))
        .AddErrorUnion("AddGroupMemberError", "addGroupMember", AddGroupMemberCodes)
        .InputObjectType("SetGroupMemberRoleInput", i => i
            .Description("A new role for a member of a group, set by one of its owners (or a community moderator or admin).")
            .Field("groupId", "ID!", f => f.Description("The group."))
            .Field("memberId", "ID!", f => f.Description("The member, who must belong to the group."))
            .Field("role", "GroupRole!", f => f.Description("The new role; the group's last owner keeps theirs.")))
        .ObjectType("SetGroupMemberRolePayload", t => t
            .Description("The result of setGroupMemberRole.")
            .Field("membership", "GroupMembership", f => f.Description("The membership with its new role; null when refused."))
            .Field("errors", "[SetGroupMemberRoleError!]", f => f.Description("Why the role was not changed; null when it was.")))
        .AddErrorUnion("SetGroupMemberRoleError", "setGroupMemberRole", SetGroupMemberRoleCodes);

    public static ObjectTypeDescriptor AddGroupMutations(this ObjectTypeDescriptor m) => m
        .Mutation("createGroup", "Creates a group owned by the signed-in member; guests cannot create groups.",
            "The group.", "group", CreateGroupCodes, (ctx, viewer, input) => Groups(ctx).CreateAsync(
                viewer.Id, (string)input["name"]!, input.GetValueOrDefault("description") as string, (GroupVisibility)input["visibility"]!, ctx.CancellationToken))
        .Mutation("editGroup", "Renames a group, changes its description or its visibility: for the group's owners and admins.",
            "The changes.", "group", EditGroupCodes, (ctx, viewer, input) => Groups(ctx).EditAsync(viewer.Id, input.Id("groupId", "Group"),
                new GroupChanges(input.GetValueOrDefault("name") as string, input.GetValueOrDefault("description") as string, input.GetValueOrDefault("visibility") as GroupVisibility?),
                ctx.CancellationToken))
        .Mutation("joinGroup", "Joins a public group; private and secret groups need an owner to add the member, and guests are always added.",
            "The group.", "group", JoinGroupCodes, async (ctx, viewer, input) =>
            {
                var groupId = input.Id("groupId", "Group");
                await Groups(ctx).JoinAsync(viewer.Id, groupId, ctx.CancellationToken);
                return await VisibleGroupAsync(ctx, groupId);
            })
        .Field("leaveGroup", "LeaveGroupPayload!", f => f
            .Description("Leaves a group; the group's last owner must make another member owner first.")
            .Argument("input", "LeaveGroupInput!", a => a.Description("The group."))
            .ResolveAsync(async ctx =>
            {
                var viewer = await ctx.ViewerAsync();
                var id = (string)ctx.Input()["groupId"]!;
                var groupId = GlobalId.Decode(id, "Group");
                var result = await MutationResult.RunAsync("group", LeaveGroupCodes, async () =>
                {
                    await Groups(ctx).LeaveAsync(viewer.Id, groupId, ctx.CancellationToken);
                    return await VisibleGroupAsync(ctx, groupId);
                });
                result["groupId"] = result["errors"] is null ? id : null;
                return result;
            }))
        .Mutation("addGroupMember", "Adds a member to a group: for the group's owners and moderators (and community moderators); only owners make owners.",
            "The group, the member and their role.", "membership", AddGroupMemberCodes, (ctx, viewer, input) => Groups(ctx)
                .AddMemberAsync(viewer.Id, input.Id("groupId", "Group"), input.Id("memberId", "Member"), (GroupRole)input["role"]!, ctx.CancellationToken))
        .Mutation("setGroupMemberRole", "Changes a member's role in a group: for the group's owners (and community moderators and admins); a group always keeps an owner.",
            "The group, the member and the new role.", "membership", SetGroupMemberRoleCodes, (ctx, viewer, input) => Groups(ctx)
                .SetRoleAsync(viewer.Id, input.Id("groupId", "Group"), input.Id("memberId", "Member"), (GroupRole)input["role"]!, ctx.CancellationToken));

    private static GroupService Groups(IResolverContext context) => context.Services.GetRequiredService<GroupService>();

    /// <summary>The group as the viewer sees it now, or null when they may not see it.</summary>
    private static async Task<Group?> VisibleGroupAsync(IResolverContext context, long groupId)
    {
        await using var db = await context.DbFactory().CreateDbContextAsync(context.CancellationToken);
        return await db.VisibleGroups(await context.ViewerAsync()).AsNoTracking().FirstOrDefaultAsync(g => g.Id == groupId, context.CancellationToken);
    }
}
