using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Who an announcement targets, as queries that run in SQL. The targeted members are the enabled members
/// who get it in their feed: for a company-wide announcement, employees, and the guests of its audience's
/// groups (guests read nothing else of the company space); for one in a group, the group's members (guests
/// included). An audience narrows them to the members of any of its groups or of any of its departments
/// (the profile's department, compared exactly).
/// The author counts like anyone else.
/// </summary>
public static class AnnouncementQueries
{
    /// <summary>The audience of an announcement; null when the post does not exist or is not an announcement.</summary>
    public static async Task<AnnouncementAudience?> AnnouncementAudienceAsync(this CommunityDbContext db, long postId,
        CancellationToken cancellationToken = default)
    {
        var post = await db.Posts.AsNoTracking()
            .Where(p => p.Id == postId && p.Kind == PostKind.Announcement)
            .Select(p => new
            {
                p.GroupId,
                p.AuthorId,
                p.RequiresAcknowledgement,
                Groups = p.AudienceGroups.Select(g => g.GroupId).ToList(),
                Departments = p.AudienceDepartments.Select(d => d.Department).ToList(),
            })
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return post is null ? null
            : new AnnouncementAudience(postId, post.GroupId, post.AuthorId, post.RequiresAcknowledgement, post.Groups, post.Departments);
    }

    /// <summary>The enabled members the announcement targets, now.</summary>
    public static IQueryable<Member> TargetedMembers(this CommunityDbContext db, AnnouncementAudience audience)
    {
        var groups = audience.GroupIds;
        var departments = audience.Departments;
        var members = db.Members.Where(m => m.IsEnabled);
        members = audience.GroupId is { } space
            ? members.Where(m => db.GroupMemberships.Any(gm => gm.GroupId == space && gm.MemberId == m.Id))
            : members.Where(m => m.Kind == MemberKind.Employee || db.GroupMemberships.Any(gm => groups.Contains(gm.GroupId) && gm.MemberId == m.Id));
        if (audience.IsEveryone)
        {
            return members;
        }

        return members.Where(m => db.GroupMemberships.Any(gm => groups.Contains(gm.GroupId) && gm.MemberId == m.Id)
            || (m.Department != null && departments.Contains(m.Department)));
    }

    /// <summary>Targeted members who have not seen the announcement.</summary>
    public static IQueryable<Member> MembersWhoHaveNotSeen(this CommunityDbContext db, AnnouncementAudience audience) =>
        db.TargetedMembers(audience).Where(m => !db.PostViews.Any(v => v.PostId == audience.PostId && v.MemberId == m.Id));

    /// <summary>Targeted members who have not acknowledged the announcement.</summary>
    public static IQueryable<Member> MembersWhoHaveNotAcknowledged(this CommunityDbContext db, AnnouncementAudience audience) =>
        db.TargetedMembers(audience).Where(m => !db.PostAcknowledgements.Any(a => a.PostId == audience.PostId && a.MemberId == m.Id));

    /// <summary>Targeted, seen and acknowledged: views and acknowledgements of members outside the audience do not count.</summary>
    public static async Task<AnnouncementCoverage> CoverageAsync(this CommunityDbContext db, AnnouncementAudience audience,
        CancellationToken cancellationToken = default)
    {
        var targeted = db.TargetedMembers(audience);
        var postId = audience.PostId;
        return new AnnouncementCoverage(
            await targeted.CountAsync(cancellationToken),
            await targeted.CountAsync(m => db.PostViews.Any(v => v.PostId == postId && v.MemberId == m.Id), cancellationToken),
            await targeted.CountAsync(m => db.PostAcknowledgements.Any(a => a.PostId == postId && a.MemberId == m.Id), cancellationToken));
    }

    /// <summary>Each member's first view of the post: one row per member who saw it.</summary>
    public static IQueryable<PostView> FirstViews(this CommunityDbContext db, long postId) =>
        db.PostViews.Where(v => v.PostId == postId && !db.PostViews.Any(earlier => earlier.PostId == postId && earlier.MemberId == v.MemberId
            && (earlier.ViewedAt < v.ViewedAt || (earlier.ViewedAt == v.ViewedAt && earlier.Id < v.Id))));

    /// <summary>The company-wide announcements addressed to the viewer: to everyone, to one of the viewer's groups,
    /// or to the viewer's department. The feed shows these.</summary>
    public static IQueryable<Post> AnnouncementsAddressedTo(this CommunityDbContext db, Member viewer)
    {
        var department = viewer.Department;
        return db.Posts.Where(p => p.GroupId == null && p.Kind == PostKind.Announcement
            && ((!p.AudienceGroups.Any() && !p.AudienceDepartments.Any())
                || p.AudienceGroups.Any(a => db.GroupMemberships.Any(m => m.GroupId == a.GroupId && m.MemberId == viewer.Id))
                || (department != null && p.AudienceDepartments.Any(d => d.Department == department))));
    }
}
