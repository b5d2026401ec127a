using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Members following members.</summary>
public sealed class FollowService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<Follow> FollowAsync(long actorId, long memberId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            Guard.Against(actor.Id == memberId, DomainErrors.CannotFollowSelf());
            await Actors.RequireAsync(db, memberId, cancellationToken);
            Guard.Against(await db.Follows.AnyAsync(f => f.FollowerId == actor.Id && f.FolloweeId == memberId, cancellationToken),
                DomainErrors.AlreadyFollowing(memberId));
            var follow = new Follow(actor.Id, memberId, Now);
            db.Follows.Add(follow);
            db.RecordActivity(actor.Id, ActivityKind.MemberFollowed, Now, subjectId: memberId);
            return follow;
        }, cancellationToken);

    public Task<bool> UnfollowAsync(long actorId, long memberId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await Actors.RequireAsync(db, actorId, cancellationToken);
            var follow = await db.Follows.FirstOrDefaultAsync(f => f.FollowerId == actorId && f.FolloweeId == memberId, cancellationToken);
            if (follow is null)
            {
                return false;
            }

            db.Follows.Remove(follow);
            return true;
        }, cancellationToken);
}
