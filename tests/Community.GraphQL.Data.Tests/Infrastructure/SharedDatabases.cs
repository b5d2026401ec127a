using System.Collections.Concurrent;

namespace Community.GraphQL.Data.Tests.Infrastructure;

/// <summary>One filled database per provider for the tests that only read, dropped when the test run ends.</summary>
public static class SharedDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<(TestDatabase Database, LibraryApi Api)>> Databases = new();

    static SharedDatabases() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var entry in Databases.Values.Where(d => d.IsValueCreated))
        {
            entry.Value.Database.Dispose();
        }
    };

    public static LibraryApi Api(string provider) => Databases.GetOrAdd(provider, p => new(() =>
    {
        var database = TestDatabase.Create(p);
        return (database, new LibraryApi(database));
    })).Value.Api;
}
