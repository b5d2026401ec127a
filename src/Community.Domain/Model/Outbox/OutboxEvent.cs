namespace Community.Domain.Model;

/// <summary>
/// One community event, written in the same transaction as the change that caused it (the
/// transactional outbox): a committed change always has its event, a rolled-back one never does.
/// The row names its subjects by id only; readers load what they may show when they deliver it.
/// </summary>
public sealed class OutboxEvent
{
    public const int TypeMaxLength = 40;

    private OutboxEvent()
    {
    }

    internal OutboxEvent(OutboxEventType type, DateTime createdAt, long? postId = null, long? commentId = null,
        long? eventId = null, long? notificationId = null, long? memberId = null)
    {
        Type = type;
        CreatedAt = createdAt;
        PostId = postId;
        CommentId = commentId;
        EventId = eventId;
        NotificationId = notificationId;
        MemberId = memberId;
    }

    /// <summary>Increases with every row; on SQLite, whose writers take turns, it is also the commit order.</summary>
    public long Id { get; private set; }

    /// <summary>
    /// PostgreSQL only (0 on SQLite): the id of the writing transaction, which orders delivery there
    /// (see <see cref="Services.OutboxFeed"/>).
    /// </summary>
    public long TransactionId { get; private set; }

    public OutboxEventType Type { get; private set; }

    /// <summary>The post concerned: the new post, the commented one, or the reacted one (or the comment's post).</summary>
    public long? PostId { get; private set; }

    /// <summary>The new comment, or the comment whose reactions changed.</summary>
    public long? CommentId { get; private set; }

    public long? EventId { get; private set; }

    public long? NotificationId { get; private set; }

    /// <summary>The member the event is for (the notification's recipient).</summary>
    public long? MemberId { get; private set; }

    /// <summary>When the row was written (the server's clock).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>Where this row stands in delivery order.</summary>
    public OutboxPosition Position => new(TransactionId, Id);
}
