using System.Data;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Announces scheduled posts when they come due: each due post not yet announced is marked
/// (<see cref="Post.AnnouncedAt"/>), which records its <see cref="OutboxEventType.PostCreated"/> in the
/// same transaction. With several nodes running this, each post is announced by exactly one: on
/// PostgreSQL the due rows are claimed with <c>FOR UPDATE SKIP LOCKED</c> (a node skips rows another is
/// announcing, and a row announced meanwhile no longer matches when it is locked); on SQLite the
/// transaction is <c>BEGIN IMMEDIATE</c>, so announcers take turns and the second finds nothing due.
/// </summary>
public sealed class ScheduledPostAnnouncer(CommunityDbContext db, TimeProvider clock)
{
    /// <summary>Announces up to <paramref name="max"/> due posts, oldest first; returns how many.</summary>
    public async Task<int> AnnounceDueAsync(int max = 100, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var postgreSql = db.Database.IsNpgsql();
        await using var transaction = postgreSql
            ? await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken)
            : await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var due = postgreSql
                ? await db.Posts.FromSqlInterpolated($"""
                        SELECT * FROM "Posts"
                        WHERE "AnnouncedAt" IS NULL AND "DeletedAt" IS NULL AND "PublishedAt" <= {now}
                        ORDER BY "PublishedAt", "Id"
                        LIMIT {max}
                        FOR UPDATE SKIP LOCKED
                        """).ToListAsync(cancellationToken)
                : await db.Posts
                    .Where(p => p.AnnouncedAt == null && p.DeletedAt == null && p.PublishedAt <= now)
                    .OrderBy(p => p.PublishedAt).ThenBy(p => p.Id)
                    .Take(max)
                    .ToListAsync(cancellationToken);
            foreach (var post in due)
            {
                post.MarkAnnounced(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return due.Count;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
