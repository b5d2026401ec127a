namespace Community.GraphQL.Validation;

/// <summary>What <see cref="DocumentValidator"/> checks, and when it gives up.</summary>
public sealed class ValidationOptions
{
    /// <summary>
    /// Validation stops once this many errors are reported, and one more error says so: a hostile
    /// document must not make the server produce (and send) an unbounded list.
    /// </summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>The rules to run, in order; <see cref="SpecifiedRules.All"/> by default.</summary>
    public IReadOnlyList<ValidationRule> Rules { get; init; } = SpecifiedRules.All;
}
