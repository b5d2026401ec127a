using System.Linq.Expressions;
using Community.GraphQL.Data.Sorting;

namespace Community.GraphQL.Data.Paging;

/// <summary>An item with the values of its sort keys as the database computed them, for its cursor.</summary>
internal sealed class KeyedRow<T>
{
    public T Item { get; init; } = default!;

    public object?[] Keys { get; init; } = [];

    /// <summary>The values of the computed fields, in the order of the projection's list.</summary>
    public object?[] Computed { get; init; } = [];
}

/// <summary>How a request loads its items: member by member (or whole, when null), and the fields computed beside them.</summary>
internal sealed record ItemProjection<T>(Expression<Func<T, T>>? Select, IReadOnlyList<(string Name, LambdaExpression Value)> Computed)
{
    public static readonly ItemProjection<T> None = new(null, []);
}

/// <summary>Selects items (projected, when a projection is given) with their key values, so that cursors hold what the database compared (computed keys included).</summary>
internal static class KeyedRows
{
    public static IQueryable<KeyedRow<T>> Select<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys, ItemProjection<T> projection)
    {
        var item = Expression.Parameter(typeof(T), "item");
        var loaded = projection.Select is null ? (Expression)item : ParameterReplacer.Replace(projection.Select, item);
        var values = keys.Select(k => Expression.Convert(ParameterReplacer.Replace(k.Key, item), typeof(object)));
        var computed = projection.Computed.Select(c => Expression.Convert(ParameterReplacer.Replace(c.Value, item), typeof(object)));
        var row = Expression.MemberInit(
            Expression.New(typeof(KeyedRow<T>)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Item))!, loaded),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Keys))!, Expression.NewArrayInit(typeof(object), values)),
            Expression.Bind(typeof(KeyedRow<T>).GetProperty(nameof(KeyedRow<T>.Computed))!, Expression.NewArrayInit(typeof(object), computed)));
        return query.Select(Expression.Lambda<Func<T, KeyedRow<T>>>(row, item));
    }

    /// <summary>Keeps a row's computed values with its item, for the fields' resolvers, and returns the item.</summary>
    public static T Attach<T>(KeyedRow<T> row, ItemProjection<T> projection)
    {
        for (var i = 0; i < projection.Computed.Count && row.Item is not null; i++)
        {
            Projections.ComputedValues.Attach(row.Item, projection.Computed[i].Name, row.Computed[i]);
        }

        return row.Item;
    }
}
