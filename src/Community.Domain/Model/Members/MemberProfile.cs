namespace Community.Domain.Model;

/// <summary>
/// The editable part of a member: what others read on the profile page. <see cref="IsLeader"/> (admins only) flags a
/// leader for the KPIs; null keeps the flag.
/// </summary>
public sealed record MemberProfile(
    string DisplayName,
    string? Title = null,
    string? Department = null,
    string? Location = null,
    string? About = null,
    string? AvatarUrl = null,
    IReadOnlyList<string>? SkillList = null,
    bool? IsLeader = null)
{
    public IReadOnlyList<string> Skills => SkillList ?? [];
}
