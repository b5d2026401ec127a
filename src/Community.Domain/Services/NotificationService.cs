using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>A member's notifications; only the recipient can mark them read.</summary>
public sealed class NotificationService(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>Marks the given notifications (or all when none are given) of the actor as read; returns how many changed.</summary>
    public Task<int> MarkReadAsync(long actorId, IReadOnlyCollection<long>? notificationIds = null, CancellationToken cancellationToken = default) =>
        UnitOfWork.RunAsync(db, async () =>
        {
            await Actors.RequireAsync(db, actorId, cancellationToken);
            var unread = db.Notifications.Where(n => n.RecipientId == actorId && n.ReadAt == null);
            if (notificationIds is not null)
            {
                unread = unread.Where(n => notificationIds.Contains(n.Id));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var notifications = await unread.ToListAsync(cancellationToken);
            notifications.ForEach(n => n.MarkRead(now));
            return notifications.Count;
        }, cancellationToken);
}
