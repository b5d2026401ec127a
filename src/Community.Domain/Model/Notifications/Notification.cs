namespace Community.Domain.Model;

/// <summary>A message to one member about something that concerns them; unread until <see cref="ReadAt"/>.</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    internal Notification(long recipientId, NotificationKind kind, long? actorId, long? postId, long? eventId, DateTime createdAt)
    {
        RecipientId = recipientId;
        Kind = kind;
        ActorId = actorId;
        PostId = postId;
        EventId = eventId;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public long RecipientId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public long? ActorId { get; private set; }

    public long? PostId { get; private set; }

    public long? EventId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    internal void MarkRead(DateTime now) => ReadAt ??= now;
}
