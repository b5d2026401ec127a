using System.Linq.Expressions;
using Community.GraphQL.Data.Sorting;

namespace Community.GraphQL.Data.Paging;

/// <summary>An item with the values of its sort keys as the database computed them, for its cursor.</summary>
internal sealed class KeyedRow<T>
{
    public T Item { get; init; } = default!;

    public object?[] Keys { get; init; } = [];
}

/// <summary>Selects items (projected, when a projection is given) with their key values, so that cursors hold what the database compared (computed keys included).</summary>
internal static class KeyedRows
{
    public static IQueryable<KeyedRow<T>> Select<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, Expression<Func<T, T>>? projection)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var loaded = projection is null ? (Expression)item : ParameterReplacer.Replace(projection, item);
        var values = keys.Select(k => Expression.Convert(ParameterReplacer.Replace(k.Key, item), typeof(object)));
        var row = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Item))!, loaded),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, Expression.NewArrayInit(typeof(object), values)));
        return query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(row, item));
    }
}
