using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>Whom an admin invites: the handle others will mention, the e-mail address their token will carry, and a name.</summary>
public sealed record NewInvitation(
    string Handle,
    string Email,
    string DisplayName,
    MemberKind Kind = MemberKind.Employee,
    string? Department = null,
    string? Title = null);
