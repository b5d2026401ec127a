namespace Community.Domain.Model;

/// <summary>What happened in the community, as recorded in the outbox. Stored by name, so the numbers may change.</summary>
public enum OutboxEventType
{
    /// <summary>A post became visible: published at once, or a scheduled post reaching its time.</summary>
    PostCreated,

    /// <summary>A comment was added to a post.</summary>
    CommentAdded,

    /// <summary>A reaction to a post or comment was added, changed or withdrawn.</summary>
    ReactionsChanged,

    /// <summary>An event was edited or cancelled, or one of its registrations changed.</summary>
    EventUpdated,

    /// <summary>A member received a notification.</summary>
    NotificationReceived,

    /// <summary>A member saw or acknowledged an announcement, so its coverage moved.</summary>
    PostCoverageChanged,
}
