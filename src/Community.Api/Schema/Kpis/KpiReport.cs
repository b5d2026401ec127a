using Community.Domain.Kpis;
using Community.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Community.Api.Schema.Kpis;

/// <summary>
/// What one <c>kpis</c> field asked for: the period, the scope and the activation window. The figures of the period
/// and of the one before are computed once, each on a context of its own, however many fields read them.
/// </summary>
internal sealed class KpiReport(IDbContextFactory<CommunityDbContext> factory, KpiPeriod period, KpiScope scope, TimeSpan activationWindow,
    int minimumAudience, bool viewerIsAdmin)
{
    private readonly Lazy<Task<KpiFigures>> _current = new(() => ComputeAsync(factory, period, scope, activationWindow));
    private readonly Lazy<Task<KpiFigures>> _previous = new(() => ComputeAsync(factory, period.Previous, scope, activationWindow));

    public KpiPeriod Period => period;

    public KpiScope Scope => scope;

    public TimeSpan ActivationWindow => activationWindow;

    public int MinimumAudience => minimumAudience;

    public bool ViewerIsAdmin => viewerIsAdmin;

    public Task<KpiFigures> CurrentAsync() => _current.Value;

    public Task<KpiFigures> PreviousAsync() => _previous.Value;

    /// <summary>Runs <paramref name="read"/> on a KPI service with a context of its own.</summary>
    public async Task<T> ReadAsync<T>(Func<KpiService, Task<T>> read)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        return await read(new KpiService(db));
    }

    /// <summary>
    /// Started on the thread pool, so the period and the one before run side by side even on SQLite, whose reads
    /// complete synchronously.
    /// </summary>
    private static Task<KpiFigures> ComputeAsync(IDbContextFactory<CommunityDbContext> factory, KpiPeriod period, KpiScope scope, TimeSpan window) =>
        Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
            return await new KpiService(db).ComputeAsync(period, scope, window);
        });
}
