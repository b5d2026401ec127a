using Community.GraphQL.Execution.Batching;
using Community.GraphQL.Types;

namespace Community.GraphQL.Execution;

/// <summary>Access to the request's DataLoaders from a resolver.</summary>
public static class DataLoaderExtensions
{
    private const string KeyPrefix = "Community.GraphQL.DataLoader:";

    /// <summary>
    /// The request's DataLoader of this name, created with <paramref name="batch"/> on first use;
    /// every resolver of the request that asks for the same name shares it (and its cache).
    /// </summary>
    public static DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        this IResolverContext context,
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        var data = context.RequestData;
        var key = KeyPrefix + name;
        lock (data)
        {
            if (data.TryGetValue(key, out var existing))
            {
                return existing as DataLoader<TKey, TValue>
                    ?? throw new InvalidOperationException($"The DataLoader \"{name}\" was created with other key or value types.");
            }

            var dispatcher = data.TryGetValue(BatchDispatcher.RequestDataKey, out var d) ? d as BatchDispatcher : null;
            var loader = new DataLoader<TKey, TValue>(batch, dispatcher, context.CancellationToken);
            data[key] = loader;
            return loader;
        }
    }
}
