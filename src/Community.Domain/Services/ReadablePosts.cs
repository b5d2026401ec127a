using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>Loads a published post the actor may read, for services that act on someone else's post.</summary>
internal static class ReadablePosts
{
    public static async Task<(Post Post, GroupMembership? Membership)> RequireAsync(CommunityDbContext db, Member actor, long postId,
        DateTime now, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Group).FirstOrDefaultAsync(p => p.Id == postId, cancellationToken)
            ?? throw new DomainException(DomainErrors.PostNotFound(postId));
        var membership = await Actors.MembershipAsync(db, post.GroupId, actor.Id, cancellationToken);
        Guard.Against(!post.IsPublishedAt(now) || !AccessPolicy.CanRead(actor, post, post.Group, membership, now),
            DomainErrors.PostNotFound(postId));
        return (post, membership);
    }
}
