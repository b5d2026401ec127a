using Xunit.Sdk;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>
/// A fact that runs on every provider's test class; in a <see cref="PostgreSqlTestsAttribute"/> class it is
/// skipped, with the reason shown, when no PostgreSQL server is configured (<see cref="PostgreSqlTestServer.SkipReason"/>).
/// </summary>
[XunitTestCaseDiscoverer("Community.Domain.Tests.Infrastructure.DatabaseFactDiscoverer", "Community.Domain.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseFactAttribute : FactAttribute;
