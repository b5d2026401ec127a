using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Must-read announcements: their author re-addresses them and sets whether they ask for acknowledgement;
/// members of the audience acknowledge them; the author, the owners of the group and admins read how far
/// they reached (<see cref="AnnouncementQueries"/> says who is targeted).
/// </summary>
public sealed class AnnouncementService(CommunityDbContext db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The author changes whom the announcement is addressed to and whether it asks for acknowledgement;
    /// acknowledgements already given stay.</summary>
    public Task<Post> AddressAsync(long actorId, long postId, NewAudience audience, bool requiresAcknowledgement,
        CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var post = await db.Posts.Include(p => p.Group).Include(p => p.AudienceGroups).Include(p => p.AudienceDepartments)
                .AsSplitQuery()
                .FirstOrDefaultAsync(p => p.Id == postId, cancellationToken)
                ?? throw new DomainException(DomainErrors.PostNotFound(postId));
            var membership = await Actors.MembershipAsync(db, post.GroupId, actor.Id, cancellationToken);
            Guard.Against(!await ReadablePosts.CanReadAsync(db, actor, post, membership, Now, cancellationToken), DomainErrors.PostNotFound(postId));
            Guard.Against(post.AuthorId != actor.Id, DomainErrors.NotAuthorized("Only the author of the announcement can change its audience."));
            await AnnouncementAddressing.ApplyAsync(db, actor, post, audience, requiresAcknowledgement, cancellationToken);
            return post;
        }, cancellationToken);

    /// <summary>
    /// A member of the audience confirms having read an announcement that asks for it. Acknowledging again
    /// returns the first acknowledgement; a view is recorded too when the member had none.
    /// </summary>
    public Task<PostAcknowledgement> AcknowledgeAsync(long actorId, long postId, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
            var (post, _) = await ReadablePosts.RequireAsync(db, actor, postId, Now, cancellationToken);
            Guard.Against(post.Kind != PostKind.Announcement || !post.RequiresAcknowledgement, DomainErrors.AcknowledgementNotRequested(postId));
            var audience = await db.AnnouncementAudienceAsync(postId, cancellationToken)
                ?? throw new DomainException(DomainErrors.PostNotFound(postId));
            Guard.Against(!await db.TargetedMembers(audience).AnyAsync(m => m.Id == actor.Id, cancellationToken), DomainErrors.NotInAudience(postId));

            var existing = await db.PostAcknowledgements.FirstOrDefaultAsync(a => a.PostId == postId && a.MemberId == actor.Id, cancellationToken);
            if (existing is not null)
            {
                return existing;
            }

            var acknowledgement = new PostAcknowledgement(postId, actor.Id, Now);
            db.PostAcknowledgements.Add(acknowledgement);
            if (!await db.PostViews.AnyAsync(v => v.PostId == postId && v.MemberId == actor.Id, cancellationToken))
            {
                db.PostViews.Add(new PostView(postId, actor.Id, Now));
                db.RecordActivity(actor.Id, ActivityKind.PostViewed, Now, post.GroupId, post.Id);
            }

            return acknowledgement;
        }, cancellationToken);

    /// <summary>How far the announcement reached, for its author, the owners of its group and admins
    /// (<see cref="AccessPolicy.CanSeeReach"/>); null when the post is not an announcement.</summary>
    public async Task<AnnouncementCoverage?> CoverageAsync(long actorId, long postId, CancellationToken cancellationToken = default)
    {
        var audience = await ReachableAudienceAsync(actorId, postId, cancellationToken);
        return audience is null ? null : await db.CoverageAsync(audience, cancellationToken);
    }

    /// <summary>
    /// The audience of a post the actor may read and may see the reach of: null when it is not an announcement;
    /// <see cref="DomainErrorCodes.PostNotFound"/> when unreadable, <see cref="DomainErrorCodes.NotAuthorized"/>
    /// when the actor is not its author, an owner of its group or an admin.
    /// </summary>
    public async Task<AnnouncementAudience?> ReachableAudienceAsync(long actorId, long postId, CancellationToken cancellationToken = default)
    {
        var actor = await Actors.RequireAsync(db, actorId, cancellationToken);
        var (post, membership) = await ReadablePosts.RequireAsync(db, actor, postId, Now, cancellationToken);
        Guard.Against(!AccessPolicy.CanSeeReach(actor, post.AuthorId, membership),
            DomainErrors.NotAuthorized("Only the author, the owners of the post's group and admins see who read it."));
        return await db.AnnouncementAudienceAsync(postId, cancellationToken);
    }
}
