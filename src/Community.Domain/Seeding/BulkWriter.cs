namespace Community.Domain.Seeding;

/// <summary>
/// Writes many rows fast, bypassing EF Core's change tracking (far too slow for millions of rows).
/// Rows are committed every <see cref="BatchSize"/> rows; each provider has its own way of loading them.
/// </summary>
internal abstract class BulkWriter : IDisposable
{
    protected const int BatchSize = 50_000;

    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private int _pending;

    public IReadOnlyDictionary<string, long> RowsByTable => _rows;

    public BulkTable Table(string table, params string[] columns)
    {
        _rows.TryAdd(table, 0);
        Prepare(table, columns);
        return new BulkTable(this, table);
    }

    internal void Insert(BulkTable table, object?[] values)
    {
        Write(table.Name, values);
        _rows[table.Name]++;
        if (++_pending >= BatchSize)
        {
            Commit();
        }
    }

    /// <summary>Makes every row written so far durable and starts the next batch.</summary>
    public void Commit()
    {
        CommitBatch();
        _pending = 0;
    }

    public abstract void Dispose();

    protected abstract void Prepare(string table, string[] columns);

    protected abstract void Write(string table, object?[] values);

    protected abstract void CommitBatch();
}
