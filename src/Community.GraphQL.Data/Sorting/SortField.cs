using System.Linq.Expressions;

namespace Community.GraphQL.Data.Sorting;

/// <summary>One field of a sort input: a key read from the item, or a related object sorted by its own input.</summary>
internal sealed class SortField
{
    public required string Name { get; init; }

    public required LambdaExpression Access { get; init; }

    /// <summary>For a related object: its sort input; null for a key.</summary>
    public SortTypeModel? Nested { get; init; }
}
