using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Community.Api.Authentication;

/// <summary>
/// Configures the JWT bearer handler from <see cref="CommunityAuthenticationOptions"/>, and signs the member in once
/// the token is valid: the handler's validated event runs for the Authorization header and for a token sent in
/// a socket's <c>connection_init</c> alike, so both end with the same member claims.
/// </summary>
internal static class JwtBearerSetup
{
    public static void Configure(JwtBearerOptions jwt, CommunityAuthenticationOptions settings)
    {
        // Keep the token's own claim names (sub, email, roles), so the configured names are the ones matched.
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = settings.Issuer,
            ValidateAudience = true,
            ValidAudience = settings.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = settings.ClockSkew,
            NameClaimType = settings.Claims.Name,
            RoleClaimType = settings.Claims.Roles,
        };

        if (!string.IsNullOrWhiteSpace(settings.Authority))
        {
            jwt.Authority = settings.Authority;
            jwt.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        }
        else
        {
            // Without a key nothing validates, which is the point: no settings, no access.
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
            jwt.TokenValidationParameters.IssuerSigningKey = settings.HasSigningKey ? settings.CreateSigningKey() : null;
        }

        jwt.Events = new JwtBearerEvents { OnTokenValidated = SignInAsync };
    }

    private static async Task SignInAsync(TokenValidatedContext context)
    {
        var settings = context.HttpContext.RequestServices.GetRequiredService<CommunityAuthenticationOptions>();
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            context.Fail("The token carries no identity.");
            return;
        }

        if (TokenIdentityReader.Read(context.Principal, settings.Claims, out var problem) is not { } person)
        {
            context.Fail(problem!);
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<MemberSignIn>();
        var outcome = await signIn.SignInAsync(person, context.HttpContext.RequestAborted);
        if (outcome.Refusal is { } refusal)
        {
            // The token is valid, so the request is authenticated; without a member id it is refused with 403.
            context.HttpContext.Features.Set(new SignInRefusal(refusal));
            return;
        }

        identity.AddClaim(new Claim(CommunityClaimTypes.MemberId, outcome.MemberId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(CommunityClaimTypes.Role, outcome.Role.ToString()));
        if (outcome.IsGuest)
        {
            identity.AddClaim(new Claim(CommunityClaimTypes.Guest, "true"));
        }
    }
}

/// <summary>Why a request with a valid token has no member: its message becomes the 403's error.</summary>
internal sealed record SignInRefusal(string Message);
