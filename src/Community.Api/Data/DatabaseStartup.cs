using Community.Domain.Persistence;

namespace Community.Api.Data;

/// <summary>
/// Creates or upgrades the database when the host starts; a hosted service's start runs before
/// the server listens, so no request ever meets a database that is not ready.
/// </summary>
internal sealed class DatabaseStartup(CommunityDatabase database, bool seedDemoData, ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var where = database.Provider == DatabaseProvider.Sqlite ? database.FullPath : "PostgreSQL";
        logger.LogInformation("Preparing the {Provider} database at {Location}", database.Provider, where);
        await CommunityDatabaseInitializer.InitializeAsync(database, seedDemoData, cancellationToken: cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
