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
        Guard.Against(!post.IsPublishedAt(now) || !await CanReadAsync(db, actor, post, membership, now, cancellationToken),
            DomainErrors.PostNotFound(postId));
        return (post, membership);
    }

    /// <summary><see cref="AccessPolicy.CanRead(Member, Post, Group?, GroupMembership?, DateTime)"/>, or, for a guest, a
    /// company-wide announcement addressed to one of the guest's groups (<see cref="AccessPolicy.CanReadAsAudience"/>).</summary>
    public static async Task<bool> CanReadAsync(CommunityDbContext db, Member actor, Post post, GroupMembership? membership, DateTime now,
        CancellationToken cancellationToken) =>
        AccessPolicy.CanRead(actor, post, post.Group, membership, now)
        || (actor.IsGuest && post.GroupId is null && post.Kind == PostKind.Announcement
            && AccessPolicy.CanReadAsAudience(post, await db.AnnouncementAudienceGroups.AnyAsync(a => a.PostId == post.Id
                && db.GroupMemberships.Any(m => m.GroupId == a.GroupId && m.MemberId == actor.Id), cancellationToken), now));
}
