using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Moderation;

/// <summary>
/// Which reports a member sees: community moderators and admins every report; a group's owners and
/// moderators the reports on their group's content; a reporter their own reports (not the queue).
/// </summary>
internal static class ReportVisibility
{
    /// <summary>The reports the viewer may resolve: their moderation queue.</summary>
    public static IQueryable<Report> ModeratedReports(this CommunityDbContext db, Member viewer) =>
        viewer.CanModerate
            ? db.Reports
            : db.Reports.Where(r => db.Posts.Any(p => p.Id == r.PostId && p.GroupId != null
                && db.GroupMemberships.Any(m => m.GroupId == p.GroupId && m.MemberId == viewer.Id
                    && (m.Role == GroupRole.Owner || m.Role == GroupRole.Moderator))));

    /// <summary>The queue plus the viewer's own reports.</summary>
    public static IQueryable<Report> VisibleReports(this CommunityDbContext db, Member viewer) =>
        db.ModeratedReports(viewer).Union(db.Reports.Where(r => r.ReporterId == viewer.Id));

    /// <summary>Whether the viewer moderates anything: the whole community, or at least one group.</summary>
    public static async Task<bool> IsModeratorAsync(this CommunityDbContext db, Member viewer, CancellationToken cancellationToken) =>
        viewer.CanModerate
        || await db.GroupMemberships.AnyAsync(m => m.MemberId == viewer.Id && (m.Role == GroupRole.Owner || m.Role == GroupRole.Moderator), cancellationToken);
}
