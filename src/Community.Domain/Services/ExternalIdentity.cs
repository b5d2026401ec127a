namespace Community.Domain.Services;

/// <summary>What the intranet's token says about a person, used to create the member on first sight.</summary>
public sealed record ExternalIdentity(string Subject, string Email, string DisplayName, bool IsGuest = false, string? Department = null, string? Title = null);
