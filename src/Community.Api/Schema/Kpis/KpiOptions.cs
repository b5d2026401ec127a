namespace Community.Api.Schema.Kpis;

/// <summary>The <c>Kpis</c> configuration section.</summary>
public sealed class KpiOptions
{
    /// <summary>
    /// The fewest members a breakdown row or a <c>department</c> scope may describe; smaller audiences are withheld so
    /// that no figure exposes one person's behaviour. At least 1; validated when the server starts.
    /// </summary>
    public int MinimumGroupSize { get; set; } = KpiSchema.DefaultMinimumGroupSize;
}
