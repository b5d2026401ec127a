namespace Community.Api.Realtime;

/// <summary>The host's real-time wiring: the outbox dispatcher and the scheduled-post announcer.</summary>
internal static class CommunityRealtimeExtensions
{
    /// <summary>
    /// Adds the outbox dispatcher and the scheduled-post announcer (settings from the <c>Realtime</c>
    /// section). Register after the database, whose start-up migrates before these start.
    /// </summary>
    public static IServiceCollection AddCommunityRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new OutboxDispatcherOptions();
        configuration.GetSection("Realtime").Bind(options);
        services.AddSingleton(options);
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<ScheduledPostAnnouncing>();
        return services;
    }
}
