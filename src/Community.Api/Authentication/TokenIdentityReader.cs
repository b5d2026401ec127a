using System.Security.Claims;
using Community.Domain.Model;
using Community.Domain.Services;

namespace Community.Api.Authentication;

/// <summary>
/// Reads the person a validated token describes, by the configured claim names. Role values are matched without
/// regard to case; when a token names several community roles the strongest wins (admin, then moderator, then
/// analyst, then member), and a token that names none leaves the stored role alone.
/// </summary>
internal static class TokenIdentityReader
{
    private static readonly (string Value, MemberRole Role)[] RolesByStrength =
    [
        ("admin", MemberRole.Admin),
        ("moderator", MemberRole.Moderator),
        ("analyst", MemberRole.Analyst),
        ("member", MemberRole.Member),
    ];

    /// <summary>The identity, or null with the reason the token cannot name a member.</summary>
    public static ExternalIdentity? Read(ClaimsPrincipal principal, TokenClaimNames names, out string? problem)
    {
        var subject = Value(principal, names.Subject);
        var email = Value(principal, names.Email);
        problem = subject is null
            ? $"The token has no '{names.Subject}' claim, so it names nobody (the claim is set by Authentication:Claims:Subject)."
            : email is null
                ? $"The token has no '{names.Email}' claim; a member needs an e-mail address (the claim is set by Authentication:Claims:Email)."
                : null;
        if (problem is not null)
        {
            return null;
        }

        return new ExternalIdentity(
            subject!,
            email!,
            Value(principal, names.Name) ?? email!.Split('@')[0],
            IsGuest: principal.FindAll(names.Guest).Any(c => string.Equals(c.Value, names.GuestValue, StringComparison.OrdinalIgnoreCase)),
            Department: Value(principal, names.Department),
            Title: Value(principal, names.Title),
            Role: RoleOf(principal, names.Roles));
    }

    /// <summary>The strongest community role the token names, or null when it names none.</summary>
    public static MemberRole? RoleOf(ClaimsPrincipal principal, string claim)
    {
        var values = principal.FindAll(claim).Select(c => c.Value.Trim()).ToArray();
        foreach (var (value, role) in RolesByStrength)
        {
            if (values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }

    private static string? Value(ClaimsPrincipal principal, string claim) =>
        principal.FindFirst(claim)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
