using System.Globalization;
using System.Security.Claims;

namespace Community.Api.Authentication;

/// <summary>What sign-in adds to a request's user: the member it signed in as.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The claim that holds the signed-in member's id in the community database.</summary>
    public const string MemberIdClaim = "community:member_id";

    /// <summary>The signed-in member's id, or null for a request that did not sign in.</summary>
    public static long? MemberId(this ClaimsPrincipal? user) =>
        user?.FindFirst(MemberIdClaim)?.Value is { } value && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
