using Community.Domain.Model;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Services;

/// <summary>
/// Reads committed outbox rows in delivery order, after a position the reader has delivered.
/// <para>
/// SQLite: writers take turns, so ids commit in order and the id alone is the position.
/// </para>
/// <para>
/// PostgreSQL: writers run side by side and identity values are taken before commit, so id 7 may
/// commit after id 8 is read; a reader that moved past 8 would miss 7. Each row therefore carries its
/// transaction id, and only rows of transactions older than the oldest transaction still running
/// (<c>pg_snapshot_xmin</c>) are returned, ordered by (transaction, id). Every transaction that
/// commits later has a transaction id at or above that horizon, so it sorts after everything
/// returned: nothing is skipped and nothing is returned twice. The price is latency: a long
/// transaction holds back the rows of transactions that began writing after it, until it ends.
/// </para>
/// </summary>
public static class OutboxFeed
{
    /// <summary>The position of the newest delivered-or-deliverable row now: a reader starting here sees only later events.</summary>
    public static async Task<OutboxPosition> HeadAsync(CommunityDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            // Rows of every transaction below the horizon have committed (or never will); start just before it.
            var horizon = await db.Database.SqlQueryRaw<long>(
                "SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").SingleAsync(cancellationToken);
            return new OutboxPosition(horizon - 1, long.MaxValue);
        }

        return new OutboxPosition(0, await db.OutboxEvents.MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0);
    }

    /// <summary>Up to <paramref name="max"/> committed rows after <paramref name="after"/>, in delivery order.</summary>
    public static async Task<List<OutboxEvent>> ReadAfterAsync(CommunityDbContext db, OutboxPosition after, int max,
        CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            return await db.OutboxEvents.FromSqlInterpolated($"""
                    SELECT * FROM "OutboxEvents"
                    WHERE ("TransactionId", "Id") > ({after.TransactionId}, {after.Id})
                      AND "TransactionId" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
                    """)
                .AsNoTracking()
                .OrderBy(e => e.TransactionId).ThenBy(e => e.Id)
                .Take(max)
                .ToListAsync(cancellationToken);
        }

        return await db.OutboxEvents.AsNoTracking()
            .Where(e => e.Id > after.Id)
            .OrderBy(e => e.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
    }
}
