namespace Community.Domain.Model;

/// <summary>What a post is for; announcements are restricted, praise and polls carry extra data.</summary>
public enum PostKind
{
    Update = 0,
    Announcement = 1,
    Question = 2,
    Praise = 3,
    Poll = 4,
}
