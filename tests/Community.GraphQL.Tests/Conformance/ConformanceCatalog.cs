using Community.GraphQL.Tests.Conformance.Cases;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>Every differential case, in a fixed order (the oracle answers them in one run).</summary>
internal static class ConformanceCatalog
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases = new(() =>
    [
        .. SyntaxCases.All(),
        .. ValidationCases.All(),
        .. ExecutionCases.All(),
        .. IntrospectionCases.All(),
        .. GeneratedCases.All(),
        .. HarvestedValidationCases.All(),
        .. SchemaCases.All(),
    ]);

    public static IReadOnlyList<ConformanceCase> All => Cases.Value;
}
