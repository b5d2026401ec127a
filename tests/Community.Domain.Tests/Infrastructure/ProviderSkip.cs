using Xunit.Abstractions;
using Xunit.Sdk;

namespace Community.Domain.Tests.Infrastructure;

/// <summary>Decides, at discovery, whether a database test is skipped, and builds the skipped test case.</summary>
internal static class ProviderSkip
{
    public static string? ReasonFor(ITestMethod testMethod) =>
        testMethod.TestClass.Class.GetCustomAttributes(typeof(PostgreSqlTestsAttribute)).Any() ? PostgreSqlTestServer.SkipReason : null;

    public static IXunitTestCase TestCase(IMessageSink diagnosticMessageSink, ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod, string reason) =>
        new XunitSkippedDataRowTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(),
            discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
}
