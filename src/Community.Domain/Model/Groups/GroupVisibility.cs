namespace Community.Domain.Model;

/// <summary>Who can find a group and read it without being a member.</summary>
public enum GroupVisibility
{
    /// <summary>Every employee can read it and join it.</summary>
    Public = 0,

    /// <summary>Listed for employees, but only members read it; joining needs an owner or moderator.</summary>
    Private = 1,

    /// <summary>Invisible to non-members.</summary>
    Secret = 2,
}
