namespace Community.Api.Authentication;

/// <summary>The claims the server adds to a signed-in request's user, after the token's own.</summary>
public static class CommunityClaimTypes
{
    /// <summary>The member's database id.</summary>
    public const string MemberId = "community:member_id";

    /// <summary>The member's community role as stored after sign-in (<c>Member</c>, <c>Moderator</c>, <c>Admin</c>, <c>Analyst</c>).</summary>
    public const string Role = "community:role";

    /// <summary>Present with the value <c>true</c> when the member is a guest.</summary>
    public const string Guest = "community:guest";
}
