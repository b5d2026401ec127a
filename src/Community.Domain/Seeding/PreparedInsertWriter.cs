using System.Data.Common;

namespace Community.Domain.Seeding;

/// <summary>
/// Loads rows with plain ADO.NET: one prepared INSERT per table, parameters reused, in one transaction
/// per batch. On an embedded SQLite file each statement is a function call, which makes this the fast way.
/// </summary>
internal sealed class PreparedInsertWriter(DbConnection connection) : BulkWriter
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction _transaction = connection.BeginTransaction();

    protected override void Prepare(string table, string[] columns)
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
        _commands[table] = command;
    }

    protected override void Write(string table, object?[] values)
    {
        var command = _commands[table];
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    protected override void CommitBatch()
    {
        _transaction.Commit();
        _transaction.Dispose();
        _transaction = connection.BeginTransaction();
        foreach (var command in _commands.Values)
        {
            command.Transaction = _transaction;
        }
    }

    public override void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _transaction.Dispose();
    }
}
