using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Loads the member acting in an operation; a missing or disabled member may do nothing.</summary>
internal static class Actors
{
    public static async Task<Member> RequireAsync(CommunityDbContext db, long memberId, CancellationToken cancellationToken)
    {
        var member = await db.Members.FirstOrDefaultAsync(m => m.Id == memberId, cancellationToken)
            ?? throw new DomainException(DomainErrors.MemberNotFound(memberId));
        Guard.Against(!member.IsEnabled, DomainErrors.MemberDisabled(memberId));
        return member;
    }

    public static Task<GroupMembership?> MembershipAsync(CommunityDbContext db, long? groupId, long memberId, CancellationToken cancellationToken) =>
        groupId is null
            ? Task.FromResult<GroupMembership?>(null)
            : db.GroupMemberships.FirstOrDefaultAsync(m => m.GroupId == groupId && m.MemberId == memberId, cancellationToken);
}
