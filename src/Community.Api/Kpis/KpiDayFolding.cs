using Community.Api.Hosting;
using Community.Api.Schema.Kpis;
using Community.Domain.Kpis;
using Microsoft.Extensions.Options;

namespace Community.Api.Kpis;

/// <summary>
/// Every <see cref="KpiOptions.FoldInterval"/>, folds the KPI day deltas written since into the day
/// totals (<see cref="KpiDayFolder"/>), so that a year of figures reads a few hundred rows. Every node runs it;
/// folders on several nodes never count a delta twice.
/// </summary>
internal sealed partial class KpiDayFolding(
    IServiceScopeFactory scopes,
    IOptions<KpiOptions> options,
    ILogger<KpiDayFolding> logger) : PeriodicScopedWork(scopes)
{
    protected override TimeSpan Interval => options.Value.FoldInterval;

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<KpiDayFolder>().FoldAsync(cancellationToken: cancellationToken);

    protected override void OnFailed(Exception error) => LogFoldingFailed(error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Folding the KPI day deltas failed; retrying.")]
    private partial void LogFoldingFailed(Exception error);
}
