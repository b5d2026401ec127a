namespace Community.Domain.Model;

/// <summary>The editable part of a member: what others read on the profile page.</summary>
public sealed record MemberProfile(
    string DisplayName,
    string? Title = null,
    string? Department = null,
    string? Location = null,
    string? About = null,
    string? AvatarUrl = null,
    IReadOnlyList<string>? SkillList = null)
{
    public IReadOnlyList<string> Skills => SkillList ?? [];
}
