using Community.Domain;
using Community.Domain.Persistence;

namespace Community.Api.Data;

/// <summary>The host's database wiring: the <c>Database</c> configuration section and start-up migration.</summary>
internal static class CommunityDatabaseHosting
{
    /// <summary>
    /// Registers the domain over the database that the <c>Database</c> section names (SQLite at
    /// <c>data/community.db</c> by default), and migrates it (seeding the demo community into an
    /// empty one unless <c>Database:SeedDemoData</c> is false) before the server takes requests.
    /// </summary>
    public static IServiceCollection AddCommunityDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Database");
        var database = section.Get<CommunityDatabase>() ?? new CommunityDatabase();
        var seedDemoData = section.GetValue("SeedDemoData", defaultValue: true);
        services.AddCommunityDomain(database);
        services.AddHostedService(provider => new DatabaseStartup(
            database, seedDemoData, provider.GetRequiredService<ILogger<DatabaseStartup>>()));
        return services;
    }
}
