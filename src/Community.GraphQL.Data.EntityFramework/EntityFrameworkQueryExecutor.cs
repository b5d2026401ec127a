using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace Community.GraphQL.Data.EntityFramework;

/// <summary>Runs list queries with EF Core's asynchronous execution, so that a page does not hold a thread while the database works.</summary>
public sealed class EntityFrameworkQueryExecutor : IDataQueryExecutor
{
    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken).ConfigureAwait(false)
            : query.ToList();

    public async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await EntityFrameworkQueryableExtensions.CountAsync(query, cancellationToken).ConfigureAwait(false)
            : query.Count();
}
