using Xunit.Abstractions;
using Xunit.Sdk;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>Discovers <see cref="DatabaseFactAttribute"/> tests, skipped when their provider is not available.</summary>
public sealed class DatabaseFactDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod,
        IAttributeInfo factAttribute) =>
        ProviderSkip.ReasonFor(testMethod) is { } reason
            ? [ProviderSkip.TestCase(DiagnosticMessageSink, discoveryOptions, testMethod, reason)]
            : base.Discover(discoveryOptions, testMethod, factAttribute);
}
