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

/// <summary>How far an announcement reached: members targeted, and how many of them saw and acknowledged it.</summary>
public sealed record AnnouncementCoverage(int Targeted, int Seen, int Acknowledged)
{
    /// <summary>Seen over targeted; 0 when nobody is targeted.</summary>
    public double SeenRate => Targeted == 0 ? 0 : (double)Seen / Targeted;

    /// <summary>Acknowledged over targeted; 0 when nobody is targeted.</summary>
    public double AcknowledgedRate => Targeted == 0 ? 0 : (double)Acknowledged / Targeted;
}
