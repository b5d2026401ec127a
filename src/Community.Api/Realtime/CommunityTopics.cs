using System.Globalization;
using Community.Domain.Model;

namespace Community.Api.Realtime;

/// <summary>
/// The event-bus topics the outbox dispatcher publishes to, one per subscription field and subject,
/// so that a subscriber wakes only for its own post, comment, event or inbox. Every message is the id
/// of the subject that changed (a <see cref="long"/>).
/// </summary>
internal static class CommunityTopics
{
    /// <summary>Every post that became visible; the message is its id.</summary>
    public const string PostCreated = "community.postCreated";

    /// <summary>New comments of one post; the message is the comment's id.</summary>
    public static string CommentAdded(long postId) => Topic("community.commentAdded", postId);

    /// <summary>Reaction changes of one post (not its comments'); the message is the post's id.</summary>
    public static string PostReactionsChanged(long postId) => Topic("community.reactionsChanged.post", postId);

    /// <summary>Reaction changes of one comment; the message is the comment's id.</summary>
    public static string CommentReactionsChanged(long commentId) => Topic("community.reactionsChanged.comment", commentId);

    /// <summary>Changes of one event and its registrations; the message is the event's id.</summary>
    public static string EventUpdated(long eventId) => Topic("community.eventUpdated", eventId);

    /// <summary>Coverage changes of one announcement; the message is the post's id.</summary>
    public static string PostCoverageChanged(long postId) => Topic("community.postCoverageChanged", postId);

    /// <summary>One member's new notifications; the message is the notification's id.</summary>
    public static string NotificationReceived(long memberId) => Topic("community.notificationReceived", memberId);

    /// <summary>Where an outbox row is published, and its message; null for a row that names no subject.</summary>
    public static (string Topic, long Message)? For(OutboxEvent row) => row switch
    {
        { Type: OutboxEventType.PostCreated, PostId: { } post } => (PostCreated, post),
        { Type: OutboxEventType.CommentAdded, PostId: { } post, CommentId: { } comment } => (CommentAdded(post), comment),
        { Type: OutboxEventType.ReactionsChanged, CommentId: { } comment } => (CommentReactionsChanged(comment), comment),
        { Type: OutboxEventType.ReactionsChanged, PostId: { } post } => (PostReactionsChanged(post), post),
        { Type: OutboxEventType.EventUpdated, EventId: { } changed } => (EventUpdated(changed), changed),
        { Type: OutboxEventType.PostCoverageChanged, PostId: { } covered } => (PostCoverageChanged(covered), covered),
        { Type: OutboxEventType.NotificationReceived, MemberId: { } member, NotificationId: { } notification } => (NotificationReceived(member), notification),
        _ => null,
    };

    private static string Topic(string prefix, long id) => prefix + ":" + id.ToString(CultureInfo.InvariantCulture);
}
