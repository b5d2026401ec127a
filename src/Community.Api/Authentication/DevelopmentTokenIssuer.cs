using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Community.Api.Authentication;

/// <summary>
/// Signs tokens with the configured HS256 key, shaped as the intranet's would be (the configured claim names), for
/// development and tests. It refuses when no key is configured; the <c>token</c> verb also refuses in Production.
/// </summary>
internal static class DevelopmentTokenIssuer
{
    public static string Issue(CommunityAuthenticationOptions settings, DevelopmentTokenRequest request, DateTime now)
    {
        if (!settings.HasSigningKey)
        {
            throw new InvalidOperationException(
                "No Authentication:SigningKey is configured, so this server cannot sign tokens; tokens come from the identity provider at Authentication:Authority.");
        }

        var names = settings.Claims;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [names.Subject] = request.Subject,
            [names.Email] = request.Email,
            [names.Name] = request.DisplayName,
        };
        if (request.Department is not null)
        {
            claims[names.Department] = request.Department;
        }

        if (request.Title is not null)
        {
            claims[names.Title] = request.Title;
        }

        var multiValued = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (request.Role is { } role)
        {
            Add(multiValued, names.Roles, role);
        }

        if (request.IsGuest)
        {
            Add(multiValued, names.Guest, names.GuestValue);
        }

        foreach (var (name, values) in multiValued)
        {
            claims[name] = values.Count == 1 ? values[0] : values.ToArray();
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + request.Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(settings.CreateSigningKey(), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    private static void Add(Dictionary<string, List<string>> claims, string name, string value)
    {
        if (!claims.TryGetValue(name, out var values))
        {
            claims[name] = values = [];
        }

        values.Add(value);
    }
}

/// <summary>
/// Who a development token names and for how long; <see cref="Role"/> is a community role name or null (keep the stored
/// role), and a null department or title is left out of the token.
/// </summary>
internal sealed record DevelopmentTokenRequest(string Subject, string Email, string DisplayName, TimeSpan Lifetime, string? Role = null,
    bool IsGuest = false, string? Department = null, string? Title = null);
