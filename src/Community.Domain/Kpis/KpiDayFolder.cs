using System.Data;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Domain.Kpis;

/// <summary>
/// Adds the KPI day deltas the triggers appended into the day totals and removes them, so that a period reads one
/// row per day. Figures are the same before and after (a period reads totals and deltas); folding only keeps the
/// delta table short. Safe to run from several nodes at once: on PostgreSQL each batch is one statement that
/// deletes the deltas it adds (rows another folder took are not seen twice, and rows committed meanwhile wait for
/// the next batch); on SQLite a batch is one write transaction.
/// </summary>
public sealed class KpiDayFolder(CommunityDbContext db)
{
    /// <summary>Folds deltas in batches of <paramref name="batchSize"/> until none are left; returns how many.</summary>
    public async Task<long> FoldAsync(int batchSize = 50_000, CancellationToken cancellationToken = default)
    {
        long folded = 0;
        int batch;
        do
        {
            batch = db.Database.IsNpgsql() ? await FoldPostgreSqlBatchAsync(batchSize, cancellationToken) : await FoldSqliteBatchAsync(batchSize, cancellationToken);
            folded += batch;
        }
        while (batch == batchSize);

        return folded;
    }

    private async Task<int> FoldPostgreSqlBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var folded = await db.Database.SqlQuery<int>($"""
            WITH taken AS (
                DELETE FROM "KpiDayDeltas" WHERE "Id" IN (SELECT "Id" FROM "KpiDayDeltas" ORDER BY "Id" LIMIT {batchSize} FOR UPDATE SKIP LOCKED)
                RETURNING *),
            added AS (
                INSERT INTO "KpiDayTotals" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
                SELECT "Day", sum("ActiveMembers"), sum("Posts"), sum("Views"), sum("Comments"), sum("Reactions") FROM taken GROUP BY "Day"
                ON CONFLICT ("Day") DO UPDATE SET
                    "ActiveMembers" = "KpiDayTotals"."ActiveMembers" + EXCLUDED."ActiveMembers",
                    "Posts" = "KpiDayTotals"."Posts" + EXCLUDED."Posts",
                    "Views" = "KpiDayTotals"."Views" + EXCLUDED."Views",
                    "Comments" = "KpiDayTotals"."Comments" + EXCLUDED."Comments",
                    "Reactions" = "KpiDayTotals"."Reactions" + EXCLUDED."Reactions")
            SELECT count(*)::int AS "Value" FROM taken
            """).ToListAsync(cancellationToken); // as written: a data-modifying WITH cannot be wrapped in a subquery
        await transaction.CommitAsync(cancellationToken);
        return folded.Single();
    }

    private async Task<int> FoldSqliteBatchAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var last = await db.KpiDayDeltas.OrderBy(d => d.Id).Take(batchSize).MaxAsync(d => (long?)d.Id, cancellationToken);
        if (last is null)
        {
            return 0;
        }

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "KpiDayTotals" ("Day", "ActiveMembers", "Posts", "Views", "Comments", "Reactions")
            SELECT "Day", sum("ActiveMembers"), sum("Posts"), sum("Views"), sum("Comments"), sum("Reactions") FROM "KpiDayDeltas"
            WHERE "Id" <= {last} GROUP BY "Day"
            ON CONFLICT ("Day") DO UPDATE SET
                "ActiveMembers" = "ActiveMembers" + excluded."ActiveMembers",
                "Posts" = "Posts" + excluded."Posts",
                "Views" = "Views" + excluded."Views",
                "Comments" = "Comments" + excluded."Comments",
                "Reactions" = "Reactions" + excluded."Reactions"
            """, cancellationToken);
        var folded = await db.Database.ExecuteSqlAsync($"""DELETE FROM "KpiDayDeltas" WHERE "Id" <= {last}""", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return folded;
    }
}
