namespace Community.Domain.Model;

/// <summary>A member's community-wide role; higher roles include the rights of moderation.</summary>
public enum MemberRole
{
    Member = 0,
    Moderator = 1,
    Admin = 2,
    Analyst = 3,
}
