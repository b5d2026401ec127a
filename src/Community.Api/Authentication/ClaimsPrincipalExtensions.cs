using System.Globalization;
using System.Security.Claims;
using Community.Domain.Model;

namespace Community.Api.Authentication;

/// <summary>What resolvers read about the signed-in member: <c>ctx.User.MemberId()</c>.</summary>
public static class ClaimsPrincipalExtensions
{
    /// <summary>The signed-in member's database id; null when the request carries no valid token of an enabled member.</summary>
    public static long? MemberId(this ClaimsPrincipal user) =>
        user.FindFirst(CommunityClaimTypes.MemberId)?.Value is { } value
        && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    /// <summary>The signed-in member's community role; null when nobody is signed in.</summary>
    public static MemberRole? MemberRole(this ClaimsPrincipal user) =>
        user.MemberId() is not null && Enum.TryParse<MemberRole>(user.FindFirst(CommunityClaimTypes.Role)?.Value, out var role)
            ? role
            : null;

    /// <summary>Whether the signed-in member is a guest (guests see only their groups).</summary>
    public static bool IsGuest(this ClaimsPrincipal user) =>
        user.MemberId() is not null && user.HasClaim(CommunityClaimTypes.Guest, "true");
}
