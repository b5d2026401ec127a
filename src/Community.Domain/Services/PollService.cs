using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Votes on polls. Polls are created with their post through <see cref="PostService"/>.</summary>
public sealed class PollService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Casts (or moves) the member's vote, only while the poll is open and only for one of its options.</summary>
    public Task<PollVote> VoteAsync(long actorId, long pollId, long optionId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var poll = await LoadReadableAsync(actor, pollId, cancellationToken);
            Guard.Against(!poll.IsOpenAt(Now), DomainErrors.PollClosed(pollId));
            Guard.Against(poll.Options.All(o => o.Id != optionId), DomainErrors.ForeignPollOption(pollId, optionId));
            var vote = await db.PollVotes.FirstOrDefaultAsync(v => v.PollId == pollId && v.MemberId == actor.Id, cancellationToken);
            if (vote is not null)
            {
                vote.MoveTo(optionId, Now);
                return vote;
            }

            vote = new PollVote(pollId, optionId, actor.Id, Now);
            db.PollVotes.Add(vote);
            db.RecordActivity(actor.Id, ActivityKind.PollVoted, Now, poll.Post.GroupId, poll.PostId, pollId);
            return vote;
        }, cancellationToken);

    /// <summary>The poll's author or a moderator closes it early.</summary>
    public Task<Poll> CloseAsync(long actorId, long pollId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var poll = await LoadReadableAsync(actor, pollId, cancellationToken);
            var membership = await Actors.MembershipAsync(db, poll.Post.GroupId, actor.Id, cancellationToken);
            AccessPolicy.EnsureCanEdit(actor, poll.Post.AuthorId, membership);
            poll.Close(Now);
            return poll;
        }, cancellationToken);

    private async Task<Poll> LoadReadableAsync(Member actor, long pollId, CancellationToken cancellationToken)
    {
        var poll = await db.Polls.Include(p => p.Options).Include(p => p.Post).ThenInclude(p => p.Group)
            .FirstOrDefaultAsync(p => p.Id == pollId, cancellationToken)
            ?? throw new DomainException(DomainErrors.PollNotFound(pollId));
        var membership = await Actors.MembershipAsync(db, poll.Post.GroupId, actor.Id, cancellationToken);
        Guard.Against(!AccessPolicy.CanRead(actor, poll.Post, poll.Post.Group, membership, Now), DomainErrors.PollNotFound(pollId));
        return poll;
    }
}
