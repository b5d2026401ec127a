using System.Data.Common;

namespace Community.Domain.Seeding;

/// <summary>
/// Writes many rows fast with plain ADO.NET: one prepared INSERT per table, parameters reused,
/// a commit every <see cref="BatchSize"/> rows. EF Core's change tracking would be far slower here.
/// </summary>
internal sealed class BulkWriter(DbConnection connection) : IDisposable
{
    private const int BatchSize = 50_000;

    private readonly List<DbCommand> _commands = [];
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private DbTransaction _transaction = connection.BeginTransaction();
    private int _pending;

    public IReadOnlyDictionary<string, long> RowsByTable => _rows;

    public BulkTable Table(string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText =
            $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }

        command.Prepare();
        _commands.Add(command);
        _rows.TryAdd(table, 0);
        return new BulkTable(this, table, command);
    }

    internal void Insert(BulkTable table, object?[] values)
    {
        var parameters = table.Command.Parameters;
        for (var i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        table.Command.ExecuteNonQuery();
        _rows[table.Name]++;
        if (++_pending >= BatchSize)
        {
            Commit();
        }
    }

    /// <summary>Commits what is pending and opens the next transaction.</summary>
    public void Commit()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = connection.BeginTransaction();
        foreach (var command in _commands)
        {
            command.Transaction = _transaction;
        }

        _pending = 0;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
        {
            command.Dispose();
        }

        _transaction.Dispose();
    }
}
