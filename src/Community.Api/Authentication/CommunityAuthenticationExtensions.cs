using Community.GraphQL.AspNetCore;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Community.Api.Authentication;

/// <summary>The host's sign-in wiring: JWT bearer tokens from the intranet, each mapped to a member.</summary>
internal static class CommunityAuthenticationExtensions
{
    /// <summary>
    /// Adds JWT bearer authentication from the <c>Authentication</c> section (see <see cref="CommunityAuthenticationOptions"/>),
    /// the member sign-in behind it, and the socket rule: a WebSocket is admitted at <c>connection_init</c> only with a
    /// signed-in member (the token in the upgrade's Authorization header or in the init payload), else closed with 4403.
    /// </summary>
    public static IServiceCollection AddCommunityAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(CommunityAuthenticationOptions.SectionName).Get<CommunityAuthenticationOptions>()
            ?? new CommunityAuthenticationOptions();
        settings.Validate();
        services.AddSingleton(settings);
        services.AddSingleton<MemberSignIn>();
        services.AddHostedService<SignInSettingsReport>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt => JwtBearerSetup.Configure(jwt, settings));
        services.Configure<GraphQLServerOptions>(options =>
        {
            options.SocketAuthenticationScheme = JwtBearerDefaults.AuthenticationScheme;
            options.OnSocketConnect = socket => ValueTask.FromResult(socket.User.MemberId() is not null);
        });
        return services;
    }

    /// <summary>
    /// Answers every request to this endpoint that has no signed-in member with 401 or 403 and a GraphQL error
    /// (see <see cref="SignInGate"/>); the IDE page and WebSocket upgrades pass.
    /// </summary>
    public static TBuilder RequireSignedInMember<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var next = endpoint.RequestDelegate
                ?? throw new InvalidOperationException("RequireSignedInMember needs an endpoint with a request delegate.");
            endpoint.RequestDelegate = context => SignInGate.HandleAsync(context, next);
        });
        return builder;
    }

    /// <summary>Says at start how tokens are validated, and warns loudly when nothing can be.</summary>
    private sealed class SignInSettingsReport(CommunityAuthenticationOptions settings, ILogger<SignInSettingsReport> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            if (!settings.IsConfigured)
            {
                logger.LogWarning(
                    "Sign-in is not configured: every GraphQL request will be refused. Set Authentication:Authority (OpenID Connect) or Authentication:SigningKey, Issuer and Audience.");
            }
            else if (settings.HasSigningKey)
            {
                logger.LogInformation("Tokens are validated with the HS256 key for issuer {Issuer} and audience {Audience}", settings.Issuer, settings.Audience);
            }
            else
            {
                logger.LogInformation("Tokens are validated with the keys of {Authority} for audience {Audience}", settings.Authority, settings.Audience);
            }

            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
