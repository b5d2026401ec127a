namespace Community.GraphQL.Data;

/// <summary>
/// Runs the queries list fields build. The default enumerates in memory; a query provider with
/// asynchronous execution (EF Core) registers its own in the request's services.
/// </summary>
public interface IDataQueryExecutor
{
    ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

/// <summary>Runs queries synchronously through their provider: LINQ to Objects, or any provider without async execution.</summary>
internal sealed class SynchronousQueryExecutor : IDataQueryExecutor
{
    public static readonly SynchronousQueryExecutor Instance = new();

    public ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => new(query.ToList());

    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => new(query.Count());
}
