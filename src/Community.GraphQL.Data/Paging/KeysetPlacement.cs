using System.Linq.Expressions;

namespace Community.GraphQL.Data.Paging;

/// <summary>
/// Puts a page's keyset predicate first among the query's conditions. SQLite seeks its index with
/// the first range it meets on a column, so a base condition such as <c>PublishedAt &lt;= now</c>
/// written before the cursor's <c>PublishedAt &lt;= v</c> would make page 500 scan every row after
/// now; Where calls commute, so moving it down the chain of Where calls changes no result.
/// </summary>
internal static class KeysetPlacement
{
    public static IQueryable<T> WhereFirst<T>(IQueryable<T> query, Expression<Func<T, bool>> predicate)
    {
        var rewritten = Insert(query.Expression, predicate);
        return query.Provider.CreateQuery<T>(rewritten);
    }

    private static Expression Insert<T>(Expression source, Expression<Func<T, bool>> predicate)
    {
        if (source is MethodCallExpression { Method.Name: nameof(Queryable.Where) } call
            && call.Method.DeclaringType == typeof(Queryable)
            && call.Arguments[0].Type == typeof(IQueryable<T>))
        {
            return call.Update(null, [Insert(call.Arguments[0], predicate), call.Arguments[1]]);
        }

        return Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], source, Expression.Quote(predicate));
    }
}
