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
    ILogger<KpiDayFolding> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<KpiDayFolder>().FoldAsync(cancellationToken: stoppingToken);
                }

                await Task.Delay(options.Value.FoldInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogFoldingFailed(error);
                await Task.Delay(options.Value.FoldInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Folding the KPI day deltas failed; retrying.")]
    private partial void LogFoldingFailed(Exception error);
}
