using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Tests.Services;

public abstract class GroupServiceTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task The_creator_owns_the_group_and_names_are_unique()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var group = await community.GroupAsync(owner, "Makers");

        var membership = await community.Context().GroupMemberships.SingleAsync();
        Assert.Equal((group.Id, owner.Id, GroupRole.Owner), (membership.GroupId, membership.MemberId, membership.Role));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateGroupName,
            () => community.GroupAsync(owner, "Makers"));
    }

    [DatabaseFact]
    public async Task A_secret_group_never_makes_a_name_taken_for_those_who_cannot_see_it()
    {
        await using var community = await CommunityAsync();
        var insider = await community.MemberAsync("insider");
        var outsider = await community.MemberAsync("outsider");
        await community.GroupAsync(insider, "Project X", GroupVisibility.Secret);

        var mine = await community.GroupAsync(outsider, "Project X");
        var renamed = await community.GroupAsync(outsider, "Renamed");
        await community.Groups.EditAsync(outsider.Id, renamed.Id, new GroupChanges(Name: "Project Y"));

        Assert.Equal(2, await community.Context().Groups.CountAsync(g => g.Name == "Project X"));
        Assert.Equal("Project Y", (await community.Context().Groups.SingleAsync(g => g.Id == renamed.Id)).Name);
        // Those who see both groups, and anyone against a group that is not secret, are refused.
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateGroupName,
            () => community.GroupAsync(insider, "Project X", GroupVisibility.Secret));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateGroupName,
            () => community.Groups.EditAsync(outsider.Id, renamed.Id, new GroupChanges(Name: mine.Name, Visibility: GroupVisibility.Secret)));
        var secret = await community.Context().Groups.SingleAsync(g => g.Visibility == GroupVisibility.Secret);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateGroupName,
            () => community.Groups.EditAsync(insider.Id, secret.Id, new GroupChanges(Visibility: GroupVisibility.Public)));
    }

    [DatabaseFact]
    public async Task Joining_twice_is_a_duplicate_membership()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.JoinAsync(member.Id, group.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateMembership,
            () => community.Groups.JoinAsync(member.Id, group.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateMembership,
            () => community.Groups.AddMemberAsync(owner.Id, group.Id, member.Id));
    }

    [DatabaseFact]
    public async Task Private_groups_and_guests_need_an_owner_to_add_them()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");
        var guest = await community.GuestAsync("guest");
        var closed = await community.GroupAsync(owner, "Closed", GroupVisibility.Private);
        var open = await community.GroupAsync(owner, "Open");

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.JoinAsync(member.Id, closed.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.Groups.JoinAsync(guest.Id, open.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.AddMemberAsync(member.Id, open.Id, guest.Id));

        await community.Groups.AddMemberAsync(owner.Id, closed.Id, member.Id);
        await community.Groups.AddMemberAsync(owner.Id, open.Id, guest.Id);
        Assert.Equal(4, await community.Context().GroupMemberships.CountAsync());
    }

    [DatabaseFact]
    public async Task The_last_owner_cannot_leave()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.JoinAsync(member.Id, group.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.LeaveAsync(owner.Id, group.Id));
        await community.Groups.LeaveAsync(member.Id, group.Id);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAMember,
            () => community.Groups.LeaveAsync(member.Id, group.Id));
    }

    [DatabaseFact]
    public async Task Owners_and_admins_edit_a_group_and_names_stay_unique()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var admin = await community.MemberAsync("admin", role: MemberRole.Admin);
        var member = await community.MemberAsync("member");
        var outsider = await community.MemberAsync("outsider");
        var group = await community.GroupAsync(owner, "Makers");
        await community.GroupAsync(owner, "Hidden", GroupVisibility.Secret);
        await community.Groups.JoinAsync(member.Id, group.Id);

        var edited = await community.Groups.EditAsync(owner.Id, group.Id, new GroupChanges(Name: "Builders", Visibility: GroupVisibility.Private));
        await community.Groups.EditAsync(admin.Id, group.Id, new GroupChanges(Description: ""));

        var stored = await community.Context().Groups.SingleAsync(g => g.Id == group.Id);
        Assert.Equal(("Builders", GroupVisibility.Private), (edited.Name, edited.Visibility));
        Assert.Equal(("Builders", string.Empty, GroupVisibility.Private), (stored.Name, stored.Description, stored.Visibility));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.EditAsync(member.Id, group.Id, new GroupChanges(Name: "Mine")));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateGroupName,
            () => community.Groups.EditAsync(owner.Id, group.Id, new GroupChanges(Name: "Hidden")));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Groups.EditAsync(owner.Id, group.Id, new GroupChanges(Name: "  ")));
        var secret = await community.Context().Groups.SingleAsync(g => g.Name == "Hidden");
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.Groups.EditAsync(outsider.Id, secret.Id, new GroupChanges(Name: "Found")));
    }

    [DatabaseFact]
    public async Task Owners_change_roles_and_a_group_keeps_an_owner()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var member = await community.MemberAsync("member");
        var other = await community.MemberAsync("other");
        var group = await community.GroupAsync(owner, "Makers");
        await community.Groups.JoinAsync(member.Id, group.Id);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.SetRoleAsync(member.Id, group.Id, member.Id, GroupRole.Owner));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.SetRoleAsync(owner.Id, group.Id, owner.Id, GroupRole.Member));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Groups.SetRoleAsync(owner.Id, group.Id, other.Id, GroupRole.Moderator));

        var promoted = await community.Groups.SetRoleAsync(owner.Id, group.Id, member.Id, GroupRole.Owner);
        await community.Groups.SetRoleAsync(member.Id, group.Id, owner.Id, GroupRole.Moderator);

        Assert.Equal(GroupRole.Owner, promoted.Role);
        var roles = await community.Context().GroupMemberships.Where(m => m.GroupId == group.Id)
            .ToDictionaryAsync(m => m.MemberId, m => m.Role);
        Assert.Equal(GroupRole.Owner, roles[member.Id]);
        Assert.Equal(GroupRole.Moderator, roles[owner.Id]);
    }

    [DatabaseFact]
    public async Task A_request_to_join_a_private_group_is_approved_or_refused_by_its_owners()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var asker = await community.MemberAsync("asker");
        var other = await community.MemberAsync("other");
        var closed = await community.GroupAsync(owner, "Closed", GroupVisibility.Private);

        var request = await community.Groups.RequestToJoinAsync(asker.Id, closed.Id);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateJoinRequest,
            () => community.Groups.RequestToJoinAsync(asker.Id, closed.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.NotAuthorized,
            () => community.Groups.ApproveJoinRequestAsync(other.Id, request.Id));
        var refused = await community.Groups.RefuseJoinRequestAsync(owner.Id, request.Id);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.JoinRequestNotFound,
            () => community.Groups.ApproveJoinRequestAsync(owner.Id, request.Id));
        var renewed = await community.Groups.RequestToJoinAsync(asker.Id, closed.Id);
        var membership = await community.Groups.ApproveJoinRequestAsync(owner.Id, renewed.Id);

        Assert.Equal((JoinRequestStatus.Refused, owner.Id), (refused.Status, refused.DecidedById));
        Assert.Equal(request.Id, renewed.Id);
        Assert.Equal((closed.Id, asker.Id, GroupRole.Member), (membership.GroupId, membership.MemberId, membership.Role));
        var stored = await community.Context().GroupJoinRequests.SingleAsync();
        Assert.Equal(JoinRequestStatus.Approved, stored.Status);
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.DuplicateMembership,
            () => community.Groups.RequestToJoinAsync(asker.Id, closed.Id));
    }

    [DatabaseFact]
    public async Task A_guest_moderator_adds_only_members_they_may_find()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var guest = await community.GuestAsync("guest");
        var colleague = await community.MemberAsync("colleague");
        var stranger = await community.MemberAsync("stranger");
        var shared = await community.GroupAsync(owner, "Shared");
        var partners = await community.GroupAsync(owner, "Partners");
        await community.Groups.AddMemberAsync(owner.Id, shared.Id, guest.Id);
        await community.Groups.AddMemberAsync(owner.Id, shared.Id, colleague.Id);
        await community.Groups.AddMemberAsync(owner.Id, partners.Id, guest.Id, GroupRole.Moderator);

        await community.Groups.AddMemberAsync(guest.Id, partners.Id, colleague.Id);

        Assert.True(await community.Context().GroupMemberships.AnyAsync(m => m.GroupId == partners.Id && m.MemberId == colleague.Id));
        // The stranger shares no group with the guest: refused exactly as a member that does not exist.
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.MemberNotFound,
            () => community.Groups.AddMemberAsync(guest.Id, partners.Id, stranger.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.MemberNotFound,
            () => community.Groups.AddMemberAsync(guest.Id, partners.Id, 4242));
    }

    [DatabaseFact]
    public async Task Open_groups_are_joined_directly_and_secret_groups_cannot_be_asked_for()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var asker = await community.MemberAsync("asker");
        var guest = await community.GuestAsync("guest");
        var open = await community.GroupAsync(owner, "Open");
        var secret = await community.GroupAsync(owner, "Secret", GroupVisibility.Secret);
        var closed = await community.GroupAsync(owner, "Closed", GroupVisibility.Private);

        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.InvalidInput,
            () => community.Groups.RequestToJoinAsync(asker.Id, open.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.Groups.RequestToJoinAsync(asker.Id, secret.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.GroupNotFound,
            () => community.Groups.RequestToJoinAsync(guest.Id, closed.Id));
        await DomainAssert.RefusedUnchangedAsync(community.Database, DomainErrorCodes.JoinRequestNotFound,
            () => community.Groups.RefuseJoinRequestAsync(owner.Id, 4242));
    }

    [DatabaseFact]
    public async Task The_readable_and_moderated_group_queries_agree_with_the_access_policy()
    {
        await using var community = await CommunityAsync();
        var owner = await community.MemberAsync("owner");
        var viewers = new[]
        {
            owner,
            await community.MemberAsync("employee"),
            await community.MemberAsync("moderator", role: MemberRole.Moderator),
            await community.MemberAsync("admin", role: MemberRole.Admin),
            await community.GuestAsync("guest"),
            await community.MemberAsync("groupmod"),
        };
        var groups = new List<Group>();
        foreach (var visibility in new[] { GroupVisibility.Public, GroupVisibility.Private, GroupVisibility.Secret })
        {
            var group = await community.GroupAsync(owner, $"G {visibility}", visibility);
            groups.Add(group);
            await community.Groups.AddMemberAsync(owner.Id, group.Id, viewers[5].Id, GroupRole.Moderator);
        }

        await community.Groups.AddMemberAsync(owner.Id, groups[1].Id, viewers[4].Id);

        foreach (var viewer in viewers)
        {
            var context = community.Context();
            var memberships = await context.GroupMemberships.Where(m => m.MemberId == viewer.Id).ToDictionaryAsync(m => m.GroupId);
            var readable = groups.Where(g => AccessPolicy.CanRead(viewer, g, memberships.GetValueOrDefault(g.Id))).Select(g => g.Id).Order();
            var moderated = groups.Where(g => AccessPolicy.CanModerate(viewer, memberships.GetValueOrDefault(g.Id))).Select(g => g.Id).Order();

            Assert.Equal(readable, (await context.ReadableGroups(viewer).Select(g => g.Id).ToListAsync()).Order());
            Assert.Equal(moderated, (await context.ModeratedGroups(viewer).Select(g => g.Id).ToListAsync()).Order());
        }
    }

    public sealed class Sqlite() : GroupServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : GroupServiceTests(DatabaseProvider.PostgreSql);
}
