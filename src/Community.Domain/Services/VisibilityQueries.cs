using Community.Domain.Model;
using Community.Domain.Persistence;

namespace Community.Domain.Services;

/// <summary>
/// The reading side of <see cref="AccessPolicy"/> as queries that run in SQL, for feeds and lists:
/// what a member may see, now.
/// </summary>
public static class VisibilityQueries
{
    public static IQueryable<Group> VisibleGroups(this CommunityDbContext db, Member viewer) =>
        db.Groups.Where(g =>
            db.GroupMemberships.Any(m => m.GroupId == g.Id && m.MemberId == viewer.Id)
            || (viewer.Kind == MemberKind.Employee
                && (g.Visibility != GroupVisibility.Secret
                    || viewer.Role == MemberRole.Moderator || viewer.Role == MemberRole.Admin)));

    /// <summary>The groups whose content the viewer may read (<see cref="AccessPolicy.CanRead(Member, Group?, GroupMembership?)"/>):
    /// the viewer's groups, and for employees every public group (every group for community moderators and admins).</summary>
    public static IQueryable<Group> ReadableGroups(this CommunityDbContext db, Member viewer) =>
        db.Groups.Where(g =>
            db.GroupMemberships.Any(m => m.GroupId == g.Id && m.MemberId == viewer.Id)
            || (viewer.Kind == MemberKind.Employee
                && (g.Visibility == GroupVisibility.Public
                    || viewer.Role == MemberRole.Moderator || viewer.Role == MemberRole.Admin)));

    /// <summary>The groups the viewer may moderate (<see cref="AccessPolicy.CanModerate"/>): every group for community
    /// moderators and admins, else the groups where the viewer is an owner or moderator.</summary>
    public static IQueryable<Group> ModeratedGroups(this CommunityDbContext db, Member viewer) =>
        db.Groups.Where(g =>
            viewer.Role == MemberRole.Moderator || viewer.Role == MemberRole.Admin
            || db.GroupMemberships.Any(m => m.GroupId == g.Id && m.MemberId == viewer.Id
                && (m.Role == GroupRole.Owner || m.Role == GroupRole.Moderator)));

    /// <summary>Published, not deleted posts in the company space (employees) or in groups the viewer may read.</summary>
    public static IQueryable<Post> VisiblePosts(this CommunityDbContext db, Member viewer, DateTime now) =>
        db.Posts.Where(p => p.DeletedAt == null && p.PublishedAt <= now
            && (p.GroupId == null
                ? viewer.Kind == MemberKind.Employee
                : db.GroupMemberships.Any(m => m.GroupId == p.GroupId && m.MemberId == viewer.Id)
                  || (viewer.Kind == MemberKind.Employee
                      && (p.Group!.Visibility == GroupVisibility.Public
                          || viewer.Role == MemberRole.Moderator || viewer.Role == MemberRole.Admin))));

    /// <summary>The member directory: employees see every member; guests see the members of their groups (and themselves).</summary>
    public static IQueryable<Member> VisibleMembers(this CommunityDbContext db, Member viewer) =>
        viewer.Kind == MemberKind.Guest
            ? db.Members.Where(m => m.Id == viewer.Id || db.GroupMemberships.Any(mine => mine.MemberId == viewer.Id
                && db.GroupMemberships.Any(theirs => theirs.GroupId == mine.GroupId && theirs.MemberId == m.Id)))
            : db.Members;

    public static IQueryable<Event> VisibleEvents(this CommunityDbContext db, Member viewer) =>
        db.Events.Where(e => e.GroupId == null
            ? viewer.Kind == MemberKind.Employee
            : db.GroupMemberships.Any(m => m.GroupId == e.GroupId && m.MemberId == viewer.Id)
              || (viewer.Kind == MemberKind.Employee
                  && (e.Group!.Visibility == GroupVisibility.Public
                      || viewer.Role == MemberRole.Moderator || viewer.Role == MemberRole.Admin)));
}
