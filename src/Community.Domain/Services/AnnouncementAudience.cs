namespace Community.Domain.Services;

/// <summary>
/// Whom an announcement is addressed to, as stored: its space (<paramref name="GroupId"/> null: company-wide),
/// and the groups and departments that narrow it (none: everyone in the space).
/// </summary>
public sealed record AnnouncementAudience(
    long PostId,
    long? GroupId,
    long AuthorId,
    bool RequiresAcknowledgement,
    IReadOnlyList<long> GroupIds,
    IReadOnlyList<string> Departments)
{
    public bool IsEveryone => GroupIds.Count == 0 && Departments.Count == 0;
}
