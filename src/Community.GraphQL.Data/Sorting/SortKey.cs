using System.Linq.Expressions;

namespace Community.GraphQL.Data.Sorting;

/// <summary>One key of an ordering: what is read from the item, and in which direction.</summary>
/// <param name="Name">The key's path in the sort input (<c>author.name</c>), which cursors are bound to.</param>
/// <param name="Key">Reads the key from the item.</param>
/// <param name="Descending">True for largest first.</param>
internal sealed record SortKey(string Name, LambdaExpression Key, bool Descending)
{
    public Type Type => Key.ReturnType;

    public SortKey Reversed() => this with { Descending = !Descending };
}
