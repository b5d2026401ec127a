using Community.Domain.Model;
using Community.Domain.Persistence;

namespace Community.Domain.Services;

/// <summary>
/// The side records every action leaves: an activity entry for KPIs, points by rule, notifications.
/// Services call these inside their transaction, so the records commit or roll back with the action.
/// </summary>
internal static class DomainRecords
{
    public static void RecordActivity(this CommunityDbContext db, long memberId, ActivityKind kind, DateTime occurredAt,
        long? groupId = null, long? postId = null, long? subjectId = null) =>
        db.ActivityEntries.Add(new ActivityEntry(memberId, kind, occurredAt, groupId, postId, subjectId));

    public static void AwardPoints(this CommunityDbContext db, long memberId, PointsReason reason, long? sourceId, DateTime occurredAt) =>
        db.PointsEntries.Add(new PointsEntry(memberId, PointsRules.For(reason), reason, sourceId, occurredAt));

    public static void Notify(this CommunityDbContext db, long recipientId, NotificationKind kind, long? actorId, DateTime now,
        long? postId = null, long? eventId = null)
    {
        if (recipientId != actorId)
        {
            db.Notifications.Add(new Notification(recipientId, kind, actorId, postId, eventId, now));
        }
    }
}
