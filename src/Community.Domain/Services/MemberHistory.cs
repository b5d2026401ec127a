using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Keeps <see cref="MemberState"/> rows in step with members: services call these wherever a member is created or
/// its enabled flag, department, kind or leader flag may change, inside the same transaction.
/// </summary>
internal static class MemberHistory
{
    /// <summary>The first state of a member being created, effective from its creation.</summary>
    public static void Begin(CommunityDbContext db, Member member) => db.MemberStates.Add(new MemberState(member, member.CreatedAt));

    /// <summary>Closes the open state and opens a new one when what it holds no longer describes the member.</summary>
    public static async Task TrackAsync(CommunityDbContext db, Member member, DateTime now, CancellationToken cancellationToken)
    {
        var open = await db.MemberStates
            .Where(s => s.MemberId == member.Id && s.ValidTo == null)
            .OrderByDescending(s => s.ValidFrom).ThenByDescending(s => s.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null && open.Describes(member))
        {
            return;
        }

        open?.Close(now);
        db.MemberStates.Add(new MemberState(member, now));
    }
}
