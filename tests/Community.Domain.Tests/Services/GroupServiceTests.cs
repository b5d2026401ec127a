using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
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

    public sealed class Sqlite() : GroupServiceTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : GroupServiceTests(DatabaseProvider.PostgreSql);
}
