using System.Linq.Expressions;

namespace Community.GraphQL.Data.Sorting;

/// <summary>The order of a list when the client gives none (or the field has no <c>order</c> argument); the item's key still ends it.</summary>
public sealed class DefaultOrderDescriptor<T>
{
    internal List<SortKey> Keys { get; } = [];

    public DefaultOrderDescriptor<T> Ascending<TKey>(Expression<Func<T, TKey>> key) => Add(key, descending: false);

    public DefaultOrderDescriptor<T> Descending<TKey>(Expression<Func<T, TKey>> key) => Add(key, descending: true);

    private DefaultOrderDescriptor<T> Add(LambdaExpression key, bool descending)
    {
        ArgumentNullException.ThrowIfNull(key);
        Keys.Add(new SortKey("default." + Keys.Count, key, descending));
        return this;
    }
}
