using Community.Domain.Errors;
using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>
/// Who may read, post, edit and moderate where. Every service asks here, so each rule is written once.
/// <c>group</c> null means the company-wide space; <c>membership</c> is the actor's membership in that group.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Finding a group: employees see public and private groups; secret groups are seen by their members
    /// (and community moderators); guests see only their groups.</summary>
    public static bool CanSee(Member actor, Group group, GroupMembership? membership) =>
        membership is not null
        || (!actor.IsGuest && (group.Visibility != GroupVisibility.Secret || actor.CanModerate));

    /// <summary>Reading a space's content: public groups are open to employees; private and secret groups to their members; guests only see their groups.</summary>
    public static bool CanRead(Member actor, Group? group, GroupMembership? membership)
    {
        if (group is null)
        {
            return !actor.IsGuest;
        }

        if (membership is not null)
        {
            return true;
        }

        return !actor.IsGuest && (group.Visibility == GroupVisibility.Public || actor.CanModerate);
    }

    /// <summary>Posting needs group membership (so guests post only in their groups); the company space is for employees.
    /// Announcements are for admins and, in a group, its owners.</summary>
    public static void EnsureCanPost(Member actor, Group? group, GroupMembership? membership, PostKind kind)
    {
        if (group is null)
        {
            Guard.Against(actor.IsGuest, DomainErrors.NotAuthorized("Guests can post only in the groups they belong to; choose one of your groups."));
            Guard.Against(kind == PostKind.Announcement && !actor.IsAdmin,
                DomainErrors.NotAuthorized("Only admins can make company-wide announcements; post an update instead."));
            return;
        }

        Guard.Against(membership is null, DomainErrors.NotAMember(group.Id));
        Guard.Against(kind == PostKind.Announcement && !actor.IsAdmin && membership!.Role != GroupRole.Owner,
            DomainErrors.NotAuthorized("Only the group's owners and admins can post announcements; post an update instead."));
    }

    /// <summary>Moderators of the community, and owners or moderators of the group.</summary>
    public static bool CanModerate(Member actor, GroupMembership? membership) =>
        actor.CanModerate || membership?.CanModerate == true;

    /// <summary>Content is changed by its author or by a moderator.</summary>
    public static void EnsureCanEdit(Member actor, long authorId, GroupMembership? membership) =>
        Guard.Against(actor.Id != authorId && !CanModerate(actor, membership),
            DomainErrors.NotAuthorized("Only the author or a moderator can change this."));

    /// <summary>Who registered for an event is seen by its organizer, the owners of its group and admins; other
    /// members see only the counts.</summary>
    public static bool CanSeeRegistrations(Member actor, Event target, GroupMembership? membership) =>
        CanSeeRegistrations(actor, target, membership?.Role);

    /// <summary><see cref="CanSeeRegistrations(Member, Event, GroupMembership?)"/> from the actor's role in the event's group (null: none).</summary>
    public static bool CanSeeRegistrations(Member actor, Event target, GroupRole? groupRole) =>
        actor.Id == target.OrganizerId || actor.IsAdmin || groupRole == GroupRole.Owner;

    /// <summary>The link to join an event online is for those who hold a seat, and for those who see who registered.</summary>
    public static bool CanJoinOnline(Member actor, Event target, GroupRole? groupRole, EventRegistration? registration) =>
        registration is { Status: RegistrationStatus.Registered } || CanSeeRegistrations(actor, target, groupRole);
    /// <summary>Who saw or acknowledged an announcement, and how far it reached, is seen by its author, the owners of its
    /// group and admins; other members see only their own part.</summary>
    public static bool CanSeeReach(Member actor, long authorId, GroupMembership? membership) =>
        actor.Id == authorId || actor.IsAdmin || membership?.Role == GroupRole.Owner;

    /// <summary>A company-wide announcement addressed to groups is also read by those groups' guests (employees read
    /// the company space anyway): <paramref name="inAnAudienceGroup"/> says whether the actor belongs to one of them.</summary>
    public static bool CanReadAsAudience(Post post, bool inAnAudienceGroup, DateTime now) =>
        inAnAudienceGroup && post.GroupId is null && post.Kind == PostKind.Announcement && post.IsPublishedAt(now);

    /// <summary>A post is readable once published and not deleted, where its group is readable; authors also see their scheduled posts.</summary>
    public static bool CanRead(Member actor, Post post, Group? group, GroupMembership? membership, DateTime now) =>
        post.DeletedAt is null
        && (post.PublishedAt <= now || post.AuthorId == actor.Id)
        && CanRead(actor, group, membership);
}
