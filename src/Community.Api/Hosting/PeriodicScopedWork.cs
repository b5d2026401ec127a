namespace Community.Api.Hosting;

/// <summary>
/// Background work that runs in a service scope of its own, then waits <see cref="Interval"/>, until the host stops;
/// a failure is logged and the work is tried again after the same wait.
/// </summary>
internal abstract class PeriodicScopedWork(IServiceScopeFactory scopes) : BackgroundService
{
    /// <summary>How long to wait after each run (and after a failed one).</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One run, with the scope's services.</summary>
    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Logs a failed run (with the subclass's own message).</summary>
    protected abstract void OnFailed(Exception error);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using (var scope = scopes.CreateAsyncScope())
                {
                    await RunOnceAsync(scope.ServiceProvider, stoppingToken);
                }

                await Task.Delay(Interval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                OnFailed(error);
                await Task.Delay(Interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
