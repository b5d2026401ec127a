using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Community.Api.Authentication;

/// <summary>
/// The <c>Authentication</c> configuration section: how bearer tokens are validated (an HS256 key with an issuer and
/// an audience, or an OpenID Connect authority), which claims describe the person, and how long a signed-in
/// member is remembered between database checks.
/// </summary>
internal sealed class CommunityAuthenticationOptions
{
    public const string SectionName = "Authentication";

    /// <summary>HS256 needs a key of at least 256 bits; shorter keys are refused at start rather than at the first token.</summary>
    public const int MinimumSigningKeyBytes = 32;

    /// <summary>The expected <c>iss</c>; required with <see cref="SigningKey"/>, optional with <see cref="Authority"/> (the metadata names it).</summary>
    public string? Issuer { get; set; }

    /// <summary>The expected <c>aud</c>: the identifier the identity provider gives this API.</summary>
    public string? Audience { get; set; }

    /// <summary>The shared HS256 secret (UTF-8, at least 32 bytes) for a simple setup and development; never both this and <see cref="Authority"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>The OpenID Connect authority whose metadata (<c>/.well-known/openid-configuration</c>) gives the issuer and signing keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Whether the authority's metadata must be fetched over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Tolerated clock difference with the identity provider when checking <c>exp</c> and <c>nbf</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a token's member is trusted without asking the database again (a member disabled in the community is
    /// refused at most this late); changed claims and a new day are always checked at once.
    /// </summary>
    public TimeSpan MemberCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The claim names of the intranet's tokens.</summary>
    public TokenClaimNames Claims { get; set; } = new();

    /// <summary>Whether tokens can be validated at all; without either setting every GraphQL request is refused.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningKey) || !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Whether this server validates tokens signed with its own key (what the <c>token</c> verb needs).</summary>
    public bool HasSigningKey => !string.IsNullOrWhiteSpace(SigningKey);

    public SymmetricSecurityKey CreateSigningKey() => new(Encoding.UTF8.GetBytes(SigningKey ?? string.Empty));

    /// <summary>Refuses settings that could never validate a token, with the setting to fix.</summary>
    public void Validate()
    {
        if (HasSigningKey && !string.IsNullOrWhiteSpace(Authority))
        {
            throw Invalid("set either Authentication:SigningKey (HS256) or Authentication:Authority (OpenID Connect), not both.");
        }

        if (HasSigningKey)
        {
            if (Encoding.UTF8.GetByteCount(SigningKey!) < MinimumSigningKeyBytes)
            {
                throw Invalid($"Authentication:SigningKey must be at least {MinimumSigningKeyBytes} bytes (256 bits) for HS256.");
            }

            if (string.IsNullOrWhiteSpace(Issuer) || string.IsNullOrWhiteSpace(Audience))
            {
                throw Invalid("with Authentication:SigningKey, set Authentication:Issuer and Authentication:Audience too (the iss and aud tokens must carry).");
            }
        }

        if (!string.IsNullOrWhiteSpace(Authority) && string.IsNullOrWhiteSpace(Audience))
        {
            throw Invalid("with Authentication:Authority, set Authentication:Audience (the aud the identity provider gives this API).");
        }

        if (string.IsNullOrWhiteSpace(Claims.Subject) || string.IsNullOrWhiteSpace(Claims.Email))
        {
            throw Invalid("Authentication:Claims:Subject and Authentication:Claims:Email cannot be empty: a member needs both.");
        }
    }

    private static InvalidOperationException Invalid(string message) => new("Invalid sign-in settings: " + message);
}
