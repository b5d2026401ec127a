namespace Community.GraphQL.Types;

/// <summary>
/// The introspection system: the <c>__Schema</c>, <c>__Type</c>... types that every schema
/// contains, and the implicit meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>.
/// </summary>
public static partial class Introspection
{
    /// <summary>The introspection types, added to every schema.</summary>
    public static IReadOnlyList<NamedType> Types { get; private set; } = [];

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaField { get; private set; } = null!;

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeField { get; private set; } = null!;

    /// <summary><c>__typename: String!</c>, available on every composite type.</summary>
    public static FieldDefinition TypeNameField { get; private set; } = null!;
}
