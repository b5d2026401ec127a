using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Reactions: one kind per member and subject (a post, or a comment of it).</summary>
public sealed class ReactionService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Reacts to a post (or comment); reacting again replaces the kind, and the author's points are not awarded twice.
    /// Each kind given is kept as a <see cref="ReactionPeriod"/>, closed when the kind changes or the reaction is withdrawn.
    /// </summary>
    public Task<Reaction> ReactAsync(long actorId, long postId, ReactionKind kind, long? commentId = null,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, post, subjectAuthorId) = await LoadSubjectAsync(actorId, postId, commentId, cancellationToken);
            var existing = await db.Reactions.FirstOrDefaultAsync(
                r => r.PostId == postId && r.CommentId == commentId && r.MemberId == actor.Id, cancellationToken);
            if (existing is not null)
            {
                if (existing.Kind != kind)
                {
                    // The old kind stops standing now and the new one is given now: both stay in the history.
                    await WithdrawPeriodAsync(existing.Id, cancellationToken);
                    existing.ChangeKind(kind, Now);
                    db.ReactionPeriods.Add(new ReactionPeriod(existing, Now));
                }

                return existing;
            }

            var reaction = new Reaction(post.Id, commentId, actor.Id, kind, Now);
            db.Reactions.Add(reaction);
            await db.SaveChangesAsync(cancellationToken);
            db.ReactionPeriods.Add(new ReactionPeriod(reaction, Now));
            db.RecordActivity(actor.Id, ActivityKind.ReactionAdded, Now, post.GroupId, post.Id, reaction.Id);
            if (subjectAuthorId != actor.Id)
            {
                db.AwardPoints(subjectAuthorId, PointsReason.ReactionReceived, reaction.Id, Now);
            }

            return reaction;
        }, cancellationToken);

    /// <summary>Withdraws the member's reaction; the points it earned are taken back.</summary>
    public Task<bool> RemoveAsync(long actorId, long postId, long? commentId = null, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var (actor, _, subjectAuthorId) = await LoadSubjectAsync(actorId, postId, commentId, cancellationToken);
            var existing = await db.Reactions.FirstOrDefaultAsync(
                r => r.PostId == postId && r.CommentId == commentId && r.MemberId == actor.Id, cancellationToken);
            if (existing is null)
            {
                return false;
            }

            db.Reactions.Remove(existing);
            await WithdrawPeriodAsync(existing.Id, cancellationToken);
            if (subjectAuthorId != actor.Id)
            {
                db.AwardPoints(subjectAuthorId, PointsReason.ReactionWithdrawn, existing.Id, Now);
            }

            return true;
        }, cancellationToken);

    /// <summary>Closes the history of a standing reaction: it was given before and stands no more from now.</summary>
    private async Task WithdrawPeriodAsync(long reactionId, CancellationToken cancellationToken)
    {
        foreach (var period in await db.ReactionPeriods.Where(p => p.ReactionId == reactionId && p.WithdrawnAt == null).ToListAsync(cancellationToken))
        {
            period.Withdraw(Now);
        }
    }

    private async Task<(Member Actor, Post Post, long SubjectAuthorId)> LoadSubjectAsync(long actorId, long postId, long? commentId,
        CancellationToken cancellationToken)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        var (post, _) = await ReadablePosts.RequireAsync(db, actor, postId, Now, cancellationToken);
        if (commentId is null)
        {
            return (actor, post, post.AuthorId);
        }

        var commentAuthor = await db.Comments.Where(c => c.Id == commentId && c.PostId == postId && c.DeletedAt == null)
            .Select(c => (long?)c.AuthorId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainException(DomainErrors.CommentNotFound(commentId.Value));
        return (actor, post, commentAuthor);
    }
}
