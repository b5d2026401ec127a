using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Community.Domain.Persistence;

/// <summary>
/// Reads the community events a save causes off the change tracker, so that no domain service has
/// to remember them: a post becoming visible (<see cref="Post.AnnouncedAt"/> set), a comment added,
/// a reaction added, changed or withdrawn, an event or one of its registrations changed, a
/// notification added, an announcement seen or acknowledged. The rows are made after the save, once new rows have their ids.
/// </summary>
internal static class OutboxRecorder
{
    /// <summary>The events of the pending changes, each a function that builds the row after the save. Empty when none.</summary>
    public static List<Func<DateTime, OutboxEvent>> Collect(ChangeTracker changeTracker)
    {
        var events = new List<Func<DateTime, OutboxEvent>>();
        var reactionSubjects = new HashSet<(long PostId, long? CommentId)>();
        var updatedEvents = new HashSet<long>();
        var coveredPosts = new HashSet<long>();
        foreach (var entry in changeTracker.Entries())
        {
            switch (entry.Entity)
            {
                case Post post when entry.State == EntityState.Added && post.IsPublishedOnCreation:
                    post.MarkAnnounced(post.PublishedAt);
                    events.Add(now => new OutboxEvent(OutboxEventType.PostCreated, now, postId: post.Id));
                    break;
                case Post post when entry.State == EntityState.Modified && post.AnnouncedAt is not null
                    && entry.Property(nameof(Post.AnnouncedAt)).OriginalValue is null:
                    events.Add(now => new OutboxEvent(OutboxEventType.PostCreated, now, postId: post.Id));
                    break;
                case Comment comment when entry.State == EntityState.Added:
                    events.Add(now => new OutboxEvent(OutboxEventType.CommentAdded, now, postId: comment.PostId, commentId: comment.Id));
                    break;
                case Reaction when entry.State is EntityState.Added or EntityState.Deleted
                    || (entry.State == EntityState.Modified && entry.Property(nameof(Reaction.Kind)).IsModified):
                    var subject = (Original<long>(entry, nameof(Reaction.PostId)), Original<long?>(entry, nameof(Reaction.CommentId)));
                    if (reactionSubjects.Add(subject))
                    {
                        events.Add(now => new OutboxEvent(OutboxEventType.ReactionsChanged, now, postId: subject.Item1, commentId: subject.Item2));
                    }

                    break;
                case Event changed when entry.State == EntityState.Modified:
                    AddEventUpdated(changed.Id);
                    break;
                case EventRegistration registration when entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted:
                    AddEventUpdated(registration.EventId);
                    break;
                case PostView view when entry.State == EntityState.Added:
                    AddCoverageChanged(view.PostId);
                    break;
                case PostAcknowledgement acknowledgement when entry.State == EntityState.Added:
                    AddCoverageChanged(acknowledgement.PostId);
                    break;
                case Notification notification when entry.State == EntityState.Added:
                    events.Add(now => new OutboxEvent(OutboxEventType.NotificationReceived, now,
                        postId: notification.PostId, eventId: notification.EventId, notificationId: notification.Id, memberId: notification.RecipientId));
                    break;
            }
        }

        return events;

        // Views are frequent: only those of announcements (whose post the recording service loaded) move a coverage.
        void AddCoverageChanged(long postId)
        {
            var isAnnouncement = changeTracker.Entries<Post>().Any(p => p.Entity.Id == postId && p.Entity.Kind == PostKind.Announcement);
            if (isAnnouncement && coveredPosts.Add(postId))
            {
                events.Add(now => new OutboxEvent(OutboxEventType.PostCoverageChanged, now, postId: postId));
            }
        }

        void AddEventUpdated(long eventId)
        {
            if (updatedEvents.Add(eventId))
            {
                events.Add(now => new OutboxEvent(OutboxEventType.EventUpdated, now, eventId: eventId));
            }
        }
    }

    // A withdrawn reaction is read as it was loaded; a new one's keys are set already (subjects exist before reactions).
    private static T Original<T>(EntityEntry entry, string property) =>
        entry.State == EntityState.Added ? (T)entry.Property(property).CurrentValue! : (T)entry.Property(property).OriginalValue!;
}
