namespace Community.Domain.Seeding;

/// <summary>One table a <see cref="BulkWriter"/> loads.</summary>
internal sealed class BulkTable(BulkWriter writer, string name)
{
    public string Name { get; } = name;

    public void Insert(params object?[] values) => writer.Insert(this, values);
}
