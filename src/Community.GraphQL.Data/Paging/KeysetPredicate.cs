using System.Linq.Expressions;
using Community.GraphQL.Data.Sorting;

namespace Community.GraphQL.Data.Paging;

/// <summary>
/// The items strictly after a cursor in an order: (k1 after v1) or (k1 = v1 and k2 after v2) or ...
/// Each term is a comparison an index on the sort keys serves, so a page deep in a list costs what
/// the first page costs, and rows inserted before the cursor do not move the next page.
/// </summary>
internal static class KeysetPredicate
{
    /// <param name="keys">The expanded keys (null flags included), in the direction of travel.</param>
    /// <param name="values">The cursor's values of the keys that are not null flags, in order.</param>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var item = keys[0].Key.Parameters[0];
        var all = ValuesOfAllKeys(keys, values);
        Expression? result = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var read = ParameterReplacer.Replace(key.Key, item);
            var value = all[i];
            if (value is not null)
            {
                var after = ValueComparison.Make(key.Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan, read, QueryValue.Parameter(value, read.Type));
                var term = equalSoFar is null ? after : Expression.AndAlso(equalSoFar, after);
                result = result is null ? term : Expression.OrElse(result, term);
            }

            // A null value is alone in its null-flag group: nothing of the group sorts after it on this key.
            var equal = value is null
                ? Expression.Equal(read, Expression.Constant(null, read.Type))
                : Expression.Equal(read, QueryValue.Parameter(value, read.Type));
            equalSoFar = equalSoFar is null ? equal : Expression.AndAlso(equalSoFar, equal);
        }

        // A range on the leading key as well (k1 >= v1, or <= when descending): the OR above is
        // exact, but only a plain range lets the database seek in an index instead of scanning
        // from the start of the order.
        if (result is not null && all[0] is { } leading)
        {
            var read = ParameterReplacer.Replace(keys[0].Key, item);
            var range = ValueComparison.Make(
                keys[0].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual, read, QueryValue.Parameter(leading, read.Type));
            result = Expression.AndAlso(range, result);
        }

        return Expression.Lambda<Func<T, bool>>(result ?? Expression.Constant(false), item);
    }

    /// <summary>The keys whose values a cursor stores: every key but the null flags, which follow from them.</summary>
    public static IReadOnlyList<SortKey> ValueKeys(IReadOnlyList<SortKey> keys) => keys.Where(k => !k.Name.EndsWith("#null", StringComparison.Ordinal)).ToArray();

    private static object?[] ValuesOfAllKeys(IReadOnlyList<SortKey> keys, IReadOnlyList<object?> values)
    {
        var all = new object?[keys.Count];
        var next = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            if (keys[i].Name.EndsWith("#null", StringComparison.Ordinal))
            {
                // The flag comes right before its key.
                all[i] = values[next] is null ? 0 : 1;
            }
            else
            {
                all[i] = values[next++];
            }
        }

        return all;
    }
}
