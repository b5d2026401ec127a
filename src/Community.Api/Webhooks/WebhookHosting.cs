using Community.Domain.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Api.Webhooks;

/// <summary>The host's webhook wiring: the <c>Webhooks</c> section, secret protection with the key ring in the database, and the sender.</summary>
internal static class WebhookHosting
{
    /// <summary>What the webhook mutations need: options and signing-secret protection (keys in the community database).</summary>
    public static IServiceCollection AddCommunityWebhookSecrets(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        services.AddOptions<WebhookOptions>().Bind(configuration.GetSection("Webhooks"))
            .PostConfigure(o => o.AllowHttp ??= isDevelopment);
        services.AddDataProtection().SetApplicationName("Community.Graph");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(o =>
            o.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IDbContextFactory<CommunityDbContext>>())));
        services.AddSingleton<WebhookSecrets>();
        return services;
    }

    /// <summary>Adds the secrets and the sender that posts due deliveries from this node.</summary>
    public static IServiceCollection AddCommunityWebhooks(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddCommunityWebhookSecrets(configuration, environment.IsDevelopment());
        // No redirects: a delivery goes to the registered address only.
        services.AddHttpClient(WebhookSender.ClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        });
        services.AddSingleton<WebhookSender>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookSender>());
        services.AddHostedService<WebhookQueueing>();
        return services;
    }
}
