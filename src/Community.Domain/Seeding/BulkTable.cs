using System.Data.Common;

namespace Community.Domain.Seeding;

/// <summary>One table's prepared INSERT.</summary>
internal sealed class BulkTable(BulkWriter writer, string name, DbCommand command)
{
    public string Name { get; } = name;

    public DbCommand Command { get; } = command;

    public void Insert(params object?[] values) => writer.Insert(this, values);
}
