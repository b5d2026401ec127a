namespace Community.GraphQL.Execution.Planning;

/// <summary>How a planned field gets its value.</summary>
internal enum FieldKind
{
    /// <summary>A schema field: its resolver, or the default resolver.</summary>
    Resolved,

    /// <summary><c>__typename</c>: the object type's name, no resolver call.</summary>
    TypeName,
}
