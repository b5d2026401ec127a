using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// A field as the operation selected it, with the request's variables applied: what a resolver
/// reads to learn which subfields it must produce (to load only those columns, or to count only
/// when a count is asked for).
/// </summary>
public interface IFieldSelection
{
    /// <summary>The response key: the alias, or the field's name.</summary>
    string ResponseName { get; }

    FieldDefinition Field { get; }

    /// <summary>The field's syntax nodes (several when the same response key is selected more than once).</summary>
    IReadOnlyList<FieldNode> Nodes { get; }

    /// <summary>The field's coerced arguments. Throws <see cref="GraphQLException"/> when they cannot be coerced.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>
    /// The subfields selected when the field's value is of <paramref name="type"/>: fragments
    /// expanded, fields merged, and those excluded by <c>@skip</c> or <c>@include</c> left out.
    /// </summary>
    IReadOnlyList<IFieldSelection> SelectionsOf(ObjectType type);
}
