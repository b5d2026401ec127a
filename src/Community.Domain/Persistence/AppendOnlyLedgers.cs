using Community.Domain.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Community.Domain.Persistence;

/// <summary>The activity log, the points ledger and registration changes only grow: KPIs and scores are history.</summary>
internal static class AppendOnlyLedgers
{
    public static void Check(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries())
        {
            if (entry.Entity is ActivityEntry or PointsEntry or RegistrationChange && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"{entry.Entity.GetType().Name} rows are append-only; record a new entry instead of changing one.");
            }
        }
    }
}
