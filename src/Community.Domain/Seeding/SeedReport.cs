namespace Community.Domain.Seeding;

/// <summary>What a seed wrote: rows per table, and how long it took.</summary>
public sealed record SeedReport(IReadOnlyDictionary<string, long> RowsByTable, TimeSpan Elapsed)
{
    public long TotalRows => RowsByTable.Values.Sum();
}
