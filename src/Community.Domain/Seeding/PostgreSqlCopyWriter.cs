using Npgsql;
using NpgsqlTypes;

namespace Community.Domain.Seeding;

/// <summary>
/// Loads rows into PostgreSQL with binary COPY: rows are buffered per table and streamed, one COPY per table,
/// at each batch. A batch loads parents before children (the order comes from the database's foreign keys),
/// so every reference a row makes is satisfied when its COPY ends, as with row-by-row inserts.
/// </summary>
internal sealed class PostgreSqlCopyWriter(NpgsqlConnection connection) : BulkWriter
{
    private readonly Dictionary<string, CopyTable> _tables = new(StringComparer.Ordinal);
    private readonly List<(string Child, string Parent)> _foreignKeys = ReadForeignKeys(connection);
    private NpgsqlTransaction _transaction = connection.BeginTransaction();

    protected override void Prepare(string table, string[] columns)
    {
        var types = ReadColumnTypes(connection, table);
        _tables[table] = new CopyTable(table, columns, columns.Select(c => types[c]).ToArray());
    }

    protected override void Write(string table, object?[] values) => _tables[table].Rows.Add(values);

    protected override void CommitBatch()
    {
        foreach (var table in LoadOrder())
        {
            Copy(table);
        }

        _transaction.Commit();
        _transaction.Dispose();
        _transaction = connection.BeginTransaction();
    }

    public override void Dispose() => _transaction.Dispose();

    private void Copy(CopyTable table)
    {
        if (table.Rows.Count == 0)
        {
            return;
        }

        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
        using (var import = connection.BeginBinaryImport($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var row in table.Rows)
            {
                import.StartRow();
                for (var i = 0; i < row.Length; i++)
                {
                    if (row[i] is null)
                    {
                        import.WriteNull();
                    }
                    else
                    {
                        // Binary COPY does no casts: each value must already be the column's exact type.
                        var type = table.Types[i];
                        import.Write(ToColumnType(row[i]!, type), type);
                    }
                }
            }

            import.Complete();
        }

        table.Rows.Clear();
    }

    /// <summary>The tables in an order where every table comes after the tables it refers to.</summary>
    private List<CopyTable> LoadOrder()
    {
        var ordered = new List<CopyTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < _tables.Count)
        {
            var ready = _tables.Values.Where(t => !placed.Contains(t.Name) && _foreignKeys.All(fk =>
                fk.Child != t.Name || fk.Parent == t.Name || placed.Contains(fk.Parent) || !_tables.ContainsKey(fk.Parent))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException("The seeded tables refer to each other in a cycle; they cannot be loaded in order.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(t => t.Name));
        }

        return ordered;
    }

    private static object ToColumnType(object value, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Bigint => Convert.ToInt64(value),
        NpgsqlDbType.Integer => Convert.ToInt32(value),
        NpgsqlDbType.Smallint => Convert.ToInt16(value),
        NpgsqlDbType.Boolean => Convert.ToBoolean(value),
        NpgsqlDbType.TimestampTz => DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc),
        _ => value,
    };

    private static Dictionary<string, NpgsqlDbType> ReadColumnTypes(NpgsqlConnection connection, string table)
    {
        using var command = new NpgsqlCommand(
            "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid " +
            "WHERE a.attrelid = to_regclass(quote_ident(@table)) AND a.attnum > 0 AND NOT a.attisdropped" +
            // Generated columns (the search index's) are computed by PostgreSQL, never loaded.
            " AND a.attgenerated = ''", connection);
        command.Parameters.AddWithValue("table", table);
        using var reader = command.ExecuteReader();
        var types = new Dictionary<string, NpgsqlDbType>(StringComparer.Ordinal);
        while (reader.Read())
        {
            types[reader.GetString(0)] = reader.GetString(1) switch
            {
                "int8" => NpgsqlDbType.Bigint,
                "int4" => NpgsqlDbType.Integer,
                "int2" => NpgsqlDbType.Smallint,
                "bool" => NpgsqlDbType.Boolean,
                "varchar" => NpgsqlDbType.Varchar,
                "text" => NpgsqlDbType.Text,
                "timestamptz" => NpgsqlDbType.TimestampTz,
                "_text" => NpgsqlDbType.Array | NpgsqlDbType.Text,
                var other => throw new NotSupportedException($"The seeder cannot load {table}.{reader.GetString(0)} of type {other}."),
            };
        }

        return types;
    }

    private static List<(string Child, string Parent)> ReadForeignKeys(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand(
            "SELECT child.relname, parent.relname FROM pg_constraint c " +
            "JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid " +
            "WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace", connection);
        using var reader = command.ExecuteReader();
        var foreignKeys = new List<(string, string)>();
        while (reader.Read())
        {
            foreignKeys.Add((reader.GetString(0), reader.GetString(1)));
        }

        return foreignKeys;
    }

    private sealed record CopyTable(string Name, string[] Columns, NpgsqlDbType[] Types)
    {
        public List<object?[]> Rows { get; } = [];
    }
}
