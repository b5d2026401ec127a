using Xunit.Abstractions;
using Xunit.Sdk;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>Discovers <see cref="DatabaseTheoryAttribute"/> tests, skipped when their provider is not available.</summary>
public sealed class DatabaseTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo theoryAttribute) =>
        ProviderSkip.ReasonFor(testMethod) is { } reason
            ? [ProviderSkip.TestCase(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, theoryAttribute);
}
