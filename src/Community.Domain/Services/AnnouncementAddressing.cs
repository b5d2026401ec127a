using Community.Domain.Errors;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Checks and applies an announcement's audience: only announcements have one; groups must be groups the
/// author can see (an unknown and an invisible group are refused alike, so a secret group is never
/// confirmed); an announcement in a group reaches that group's members and is narrowed by department only.
/// </summary>
internal static class AnnouncementAddressing
{
    public static async Task ApplyAsync(CommunityDbContext db, Member author, Post post, NewAudience? audience, bool requiresAcknowledgement,
        CancellationToken cancellationToken)
    {
        var groupIds = (audience?.GroupIds ?? []).Distinct().ToList();
        var departments = (audience?.Departments ?? [])
            .Select(d => Guard.Text(d, "Audience.Departments", Member.NameMaxLength))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Guard.Against(post.Kind != PostKind.Announcement && (groupIds.Count > 0 || departments.Count > 0 || requiresAcknowledgement),
            DomainErrors.InvalidInput("Audience", "only announcements have an audience or ask for acknowledgement; post an announcement."));
        Guard.Against(groupIds.Count > NewAudience.MaxGroups, DomainErrors.InvalidInput("Audience.GroupIds", $"at most {NewAudience.MaxGroups} groups."));
        Guard.Against(departments.Count > NewAudience.MaxDepartments, DomainErrors.InvalidInput("Audience.Departments", $"at most {NewAudience.MaxDepartments} departments."));

        if (groupIds.Count > 0)
        {
            var groups = await db.Groups.Where(g => groupIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
            var memberships = await db.GroupMemberships.Where(m => groupIds.Contains(m.GroupId) && m.MemberId == author.Id)
                .ToDictionaryAsync(m => m.GroupId, cancellationToken);
            foreach (var id in groupIds)
            {
                Guard.Against(!groups.TryGetValue(id, out var group) || !AccessPolicy.CanSee(author, group, memberships.GetValueOrDefault(id)),
                    DomainErrors.GroupNotFound(id));
            }
        }

        Guard.Against(post.GroupId is not null && groupIds.Count > 0, DomainErrors.InvalidInput("Audience.GroupIds",
            "an announcement in a group reaches that group's members; narrow it by department, or announce company-wide to other groups."));

        post.Address(groupIds, departments, requiresAcknowledgement);
    }
}
