namespace Community.Domain.Model;

/// <summary>The community events a webhook can ask for. Stored by name, so the numbers may change.</summary>
public enum WebhookEventType
{
    /// <summary>A post became visible.</summary>
    PostCreated,

    /// <summary>A comment was added to a post.</summary>
    CommentAdded,

    /// <summary>A reaction to a post or comment was added, changed or withdrawn.</summary>
    ReactionsChanged,

    /// <summary>An event was edited or cancelled, or one of its registrations changed.</summary>
    EventUpdated,
}
