using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>A person in the community, with a profile, a role and a kind (employee or guest).</summary>
public sealed class Member
{
    public const int HandleMaxLength = 64;
    public const int NameMaxLength = 200;
    public const int AboutMaxLength = 4000;

    /// <summary>
    /// The stand-in subject of an invited member (followed by the handle) until their first token gives the real one;
    /// the prefix is what marks an invitation as not yet taken up.
    /// </summary>
    public const string InvitationSubjectPrefix = "invitation:";

    private Member()
    {
    }

    public Member(string externalId, string handle, string email, string displayName, MemberKind kind, DateTime createdAt)
    {
        ExternalId = Guard.Text(externalId, nameof(ExternalId), 200);
        Handle = MemberHandle.Normalize(handle);
        Email = Guard.Text(email, nameof(Email), 320).ToLowerInvariant();
        DisplayName = Guard.Text(displayName, nameof(DisplayName), NameMaxLength);
        Kind = kind;
        CreatedAt = createdAt;
        InvitedAt = createdAt;
    }

    public long Id { get; private set; }

    /// <summary>The identity provider's subject (the token's <c>sub</c>).</summary>
    public string ExternalId { get; private set; } = null!;

    /// <summary>Unique, lower-case; how others mention the member (<c>@jane.doe</c>).</summary>
    public string Handle { get; private set; } = null!;

    public string Email { get; private set; } = null!;

    public string DisplayName { get; private set; } = null!;

    public string? Title { get; private set; }

    public string? Department { get; private set; }

    public string? Location { get; private set; }

    public string? About { get; private set; }

    public string? AvatarUrl { get; private set; }

    public string[] Skills { get; private set; } = [];

    public MemberRole Role { get; private set; }

    public MemberKind Kind { get; private set; }

    public bool IsEnabled { get; private set; } = true;

    /// <summary>Flagged by an admin as one of the company's leaders: the KPIs' leadership figures follow their posts and comments.</summary>
    public bool IsLeader { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime InvitedAt { get; private set; }

    /// <summary>The first sign-in; activation KPIs compare it with <see cref="InvitedAt"/>.</summary>
    public DateTime? FirstSignedInAt { get; private set; }

    public DateTime? LastSeenAt { get; private set; }

    public DateTime? DisabledAt { get; private set; }

    public bool IsGuest => Kind == MemberKind.Guest;

    /// <summary>Invited by an admin and not signed in yet: the first token naming the e-mail address takes the invitation up.</summary>
    public bool IsInvitationPending => FirstSignedInAt is null && ExternalId.StartsWith(InvitationSubjectPrefix, StringComparison.Ordinal);

    /// <summary>Moderators and admins may edit, pin and remove anything.</summary>
    public bool CanModerate => Role is MemberRole.Moderator or MemberRole.Admin;

    public bool IsAdmin => Role == MemberRole.Admin;

    /// <summary>A member an admin invites: known by handle, e-mail and name now, signed in later.</summary>
    public static Member Invite(string handle, string email, string displayName, MemberKind kind, DateTime now)
    {
        var normalized = MemberHandle.Normalize(handle);
        return new Member(InvitationSubjectPrefix + normalized, normalized, email, displayName, kind, now);
    }

    /// <summary>The invited person's first token: the member takes the token's subject.</summary>
    internal void AcceptInvitation(string subject)
    {
        Guard.Against(!IsInvitationPending, DomainErrors.InvalidInput(nameof(ExternalId), "this member's invitation was already taken up."));
        ExternalId = Guard.Text(subject, nameof(ExternalId), 200);
    }

    public void UpdateProfile(MemberProfile profile)
    {
        DisplayName = Guard.Text(profile.DisplayName, nameof(DisplayName), NameMaxLength);
        Title = Optional(profile.Title, nameof(Title), NameMaxLength);
        Department = Optional(profile.Department, nameof(Department), NameMaxLength);
        Location = Optional(profile.Location, nameof(Location), NameMaxLength);
        About = Optional(profile.About, nameof(About), AboutMaxLength);
        AvatarUrl = Optional(profile.AvatarUrl, nameof(AvatarUrl), 2000);
        Skills = profile.Skills
            .Select(s => Guard.Text(s, nameof(Skills), 100))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
        Guard.Against(Skills.Length > 50, DomainErrors.InvalidInput(nameof(Skills), "at most 50 skills."));
    }

    public void ChangeRole(MemberRole role) => Role = role;

    public void SetLeader(bool isLeader) => IsLeader = isLeader;

    /// <summary>
    /// Brings what the intranet's directory owns up to date from a token: e-mail, name, kind, and the title,
    /// department and role when the token names them (null keeps what is stored). What members edit
    /// themselves (location, about, avatar, skills) is never touched. True when anything changed.
    /// </summary>
    public bool UpdateFromDirectory(string email, string displayName, MemberKind kind, string? title, string? department, MemberRole? role)
    {
        var before = (Email, DisplayName, Kind, Title, Department, Role);
        Email = Guard.Text(email, nameof(Email), 320).ToLowerInvariant();
        DisplayName = Guard.Text(displayName, nameof(DisplayName), NameMaxLength);
        Kind = kind;
        Title = title is null ? Title : Optional(title, nameof(Title), NameMaxLength);
        Department = department is null ? Department : Optional(department, nameof(Department), NameMaxLength);
        Role = role ?? Role;
        return before != (Email, DisplayName, Kind, Title, Department, Role);
    }

    /// <summary>Whether a sign-in was already recorded on the UTC day of <paramref name="now"/>.</summary>
    public bool SignedInOn(DateTime now) => LastSeenAt?.Date == now.Date;

    /// <summary>Records a sign-in; returns true on the first one.</summary>
    public bool SignIn(DateTime now)
    {
        var first = FirstSignedInAt is null;
        FirstSignedInAt ??= now;
        LastSeenAt = now;
        return first;
    }

    public void Disable(DateTime now)
    {
        IsEnabled = false;
        DisabledAt = now;
    }

    public void Enable()
    {
        IsEnabled = true;
        DisabledAt = null;
    }

    private static string? Optional(string? value, string field, int maximum)
    {
        var text = Guard.Text(value, field, maximum, required: false);
        return text.Length == 0 ? null : text;
    }
}
