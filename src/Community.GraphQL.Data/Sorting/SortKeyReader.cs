using System.Collections;
using System.Linq.Expressions;
using System.Reflection;

namespace Community.GraphQL.Data.Sorting;

/// <summary>
/// Reads the keys of a coerced <c>order</c> value, appends the item's own key (in the direction of
/// the last key) so that the order is total (items with equal keys keep one order from page to page), and expands each nullable key
/// into a null flag and the value, so that SQLite, PostgreSQL and LINQ put null values in the same place.
/// </summary>
internal static class SortKeyReader
{
    public static IReadOnlyList<SortKey> Read(SortTypeModel? model, object? order, LambdaExpression tiebreak, DataConventions conventions,
        IReadOnlyList<SortKey>? defaultOrder = null)
    {
        var item = tiebreak.Parameters[0];
        var keys = new List<SortKey>();
        if (model is not null && order is IEnumerable items)
        {
            foreach (var entry in items.OfType<IReadOnlyDictionary<string, object?>>())
            {
                AddKeys(model, entry, item, "", keys);
            }
        }

        if (keys.Count == 0 && defaultOrder is not null)
        {
            keys.AddRange(defaultOrder.Select(k => k with { Key = Expression.Lambda(ParameterReplacer.Replace(k.Key, item), item) }));
        }

        if (keys.Count > conventions.MaxSortKeys)
        {
            throw new GraphQLException($"The order holds {keys.Count} keys; at most {conventions.MaxSortKeys} are allowed.", DataErrorCodes.InvalidSort);
        }

        // The key runs the way the last key runs, so that one index on (last key, id) serves the
        // whole order in one direction (SQLite's indexes end with the row id anyway).
        if (!keys.Any(k => ExpressionEquality.AreEqual(k.Key.Body, tiebreak.Body)))
        {
            keys.Add(new SortKey("#key", tiebreak, Descending: keys.Count > 0 && keys[^1].Descending));
        }

        return ExpandNullable(keys);
    }

    private static void AddKeys(SortTypeModel model, IReadOnlyDictionary<string, object?> entry, ParameterExpression item, string prefix, List<SortKey> keys)
        => AddKeys(model, entry, item, (Expression)item, prefix, keys);

    private static void AddKeys(SortTypeModel model, IReadOnlyDictionary<string, object?> entry, ParameterExpression item, Expression owner, string prefix, List<SortKey> keys)
    {
        foreach (var (name, direction) in entry)
        {
            if (direction is null)
            {
                continue;
            }

            var field = model.GetField(name) ?? throw new GraphQLException($"The sort input {model.Name} has no field \"{name}\".", DataErrorCodes.InvalidSort);
            var value = NullSafe.Read(owner, field.Access, owner == item);
            if (field.Nested is { } nested)
            {
                AddKeys(nested, (IReadOnlyDictionary<string, object?>)direction, item, value, prefix + name + ".", keys);
                continue;
            }

            var descending = direction.ToString() is "DESC" or "Desc";
            keys.Add(new SortKey(prefix + name, Expression.Lambda(value, item), descending));
        }
    }

    private static List<SortKey> ExpandNullable(List<SortKey> keys)
    {
        var expanded = new List<SortKey>(keys.Count);
        foreach (var key in keys)
        {
            var type = key.Type;
            if (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)
            {
                // 0 for null, 1 for a value: nulls first when ascending, last when descending.
                var flag = Expression.Condition(
                    Expression.Equal(key.Key.Body, Expression.Constant(null, type)), Expression.Constant(0), Expression.Constant(1));
                expanded.Add(new SortKey(key.Name + "#null", Expression.Lambda(flag, key.Key.Parameters), key.Descending));
            }

            expanded.Add(key);
        }

        return expanded;
    }

    /// <summary>Applies the keys as OrderBy and ThenBy calls.</summary>
    public static IQueryable<T> Apply<T>(IQueryable<T> query, IReadOnlyList<SortKey> keys)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var key in keys)
        {
            var method = (ordered is null, key.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.Type], (ordered ?? query).Expression, Expression.Quote(key.Key));
            ordered = (IOrderedQueryable<T>)query.Provider.CreateQuery<T>(call);
        }

        return ordered ?? query;
    }
}
