namespace Community.Domain.Model;

/// <summary>What a notification tells its recipient.</summary>
public enum NotificationKind
{
    Mentioned = 0,
    Commented = 1,
    Replied = 2,
    Praised = 3,
    WaitlistPromoted = 4,
    EventCancelled = 5,
    ContentRemoved = 6,
}
