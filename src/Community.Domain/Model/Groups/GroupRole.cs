namespace Community.Domain.Model;

/// <summary>A member's role within one group.</summary>
public enum GroupRole
{
    Member = 0,
    Moderator = 1,
    Owner = 2,
}
