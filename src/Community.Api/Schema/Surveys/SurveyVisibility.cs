using Community.Domain.Model;
using Community.Domain.Persistence;

namespace Community.Api.Schema.Surveys;

/// <summary>
/// The surveys a member may see: those addressed to them (company-wide surveys for employees, a
/// group's surveys for its members), those they created, and, for admins, all of them. The same
/// rule serves <c>surveys</c>, <c>node</c> and the mutations, so a survey hidden from a list is
/// not found by id either.
/// </summary>
internal static class SurveyVisibility
{
    public static IQueryable<Survey> VisibleSurveys(this CommunityDbContext db, Member viewer) =>
        db.Surveys.Where(s => s.CreatedById == viewer.Id
            || viewer.Role == MemberRole.Admin
            || (s.GroupId == null
                ? viewer.Kind == MemberKind.Employee
                : db.GroupMemberships.Any(m => m.GroupId == s.GroupId && m.MemberId == viewer.Id)));
}
