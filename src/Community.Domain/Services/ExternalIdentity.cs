using Community.Domain.Model;

namespace Community.Domain.Services;

/// <summary>
/// What the intranet's token says about a person: who they are (<paramref name="Subject"/>), the profile fields the
/// intranet's directory owns, whether they are a guest, and the community role when the token names one
/// (null keeps the role stored in the community). A null department or title means the token did not say.
/// </summary>
public sealed record ExternalIdentity(
    string Subject,
    string Email,
    string DisplayName,
    bool IsGuest = false,
    string? Department = null,
    string? Title = null,
    MemberRole? Role = null);
