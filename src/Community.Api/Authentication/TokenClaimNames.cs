namespace Community.Api.Authentication;

/// <summary>
/// The names of the claims the intranet's tokens carry (<c>Authentication:Claims</c>); the defaults are the
/// OpenID Connect names. A member is a guest when the token has a <see cref="Guest"/> claim whose value is
/// <see cref="GuestValue"/> (by default the role <c>guest</c>).
/// </summary>
internal sealed class TokenClaimNames
{
    /// <summary>The person's stable identifier at the identity provider; maps to one member.</summary>
    public string Subject { get; set; } = "sub";

    /// <summary>The display name; without it the e-mail's local part is used.</summary>
    public string Name { get; set; } = "name";

    /// <summary>The e-mail address; required (a member's handle is made from it on first sight).</summary>
    public string Email { get; set; } = "email";

    public string Department { get; set; } = "department";

    public string Title { get; set; } = "title";

    /// <summary>The claim whose values name community roles: member, moderator, admin, analyst.</summary>
    public string Roles { get; set; } = "roles";

    /// <summary>The claim that marks a guest, together with <see cref="GuestValue"/>.</summary>
    public string Guest { get; set; } = "roles";

    public string GuestValue { get; set; } = "guest";
}
