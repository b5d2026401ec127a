using Xunit.Sdk;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>The theory counterpart of <see cref="DatabaseFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("Community.Domain.Tests.Infrastructure.DatabaseTheoryDiscoverer", "Community.Domain.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseTheoryAttribute : TheoryAttribute;
