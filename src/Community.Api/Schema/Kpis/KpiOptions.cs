namespace Community.Api.Schema.Kpis;

/// <summary>The <c>Kpis</c> configuration section.</summary>
public sealed class KpiOptions
{
    /// <summary>
    /// The fewest members a breakdown row or a <c>department</c> scope may describe; smaller audiences are withheld so
    /// that no figure exposes one person's behaviour. At least 1; validated when the server starts.
    /// </summary>
    public int MinimumGroupSize { get; set; } = KpiSchema.DefaultMinimumGroupSize;

    /// <summary>
    /// How often each node folds the day deltas that writes append into the day totals. Figures do not depend on it;
    /// a longer interval only leaves more rows for a report to add up.
    /// </summary>
    public TimeSpan FoldInterval { get; set; } = TimeSpan.FromMinutes(1);
}
