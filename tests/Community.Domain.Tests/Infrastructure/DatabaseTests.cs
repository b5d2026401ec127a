using Community.Domain.Persistence;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// Base of test classes written once for both providers: each such class is abstract and nests two sealed
/// subclasses, <c>Sqlite</c> and <c>PostgreSql</c> (marked <see cref="PostgreSqlTestsAttribute"/>), that pick the provider.
/// </summary>
public abstract class DatabaseTests(DatabaseProvider provider)
{
    protected DatabaseProvider Provider { get; } = provider;

    /// <summary>A community on a fresh, migrated database of this class's provider.</summary>
    protected Task<TestCommunity> CommunityAsync() => TestCommunity.CreateAsync(Provider);

    protected Task<TestDatabase> MigratedDatabaseAsync() => TestDatabase.MigratedAsync(Provider);

    protected TestDatabase EmptyDatabase() => TestDatabase.Empty(Provider);
}
