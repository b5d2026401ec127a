namespace Community.Domain.Model;

/// <summary>The reactions a member can leave; one per member and subject.</summary>
public enum ReactionKind
{
    Like = 0,
    Celebrate = 1,
    Support = 2,
    Insightful = 3,
    Funny = 4,
}
