using Community.Domain.Persistence;
using Community.Domain.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Community.Domain;

/// <summary>Registers the community domain: the database context (and a pooled factory of them), the clock and the domain services.</summary>
public static class CommunityDomainServiceCollectionExtensions
{
    public static IServiceCollection AddCommunityDomain(this IServiceCollection services, CommunityDatabase database)
    {
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<CommunityDbContext>(options => database.Configure(options));

        // Readers that run side by side (the fields of one query) each borrow a context of their own.
        services.AddSingleton<IDbContextFactory<CommunityDbContext>>(_ => new PooledDbContextFactory<CommunityDbContext>(database.ContextOptions()));
        services.AddScoped<MemberService>();
        services.AddScoped<GroupService>();
        services.AddScoped<PostService>();
        services.AddScoped<CommentService>();
        services.AddScoped<ReactionService>();
        services.AddScoped<FollowService>();
        services.AddScoped<EventService>();
        services.AddScoped<PollService>();
        services.AddScoped<PraiseService>();
        services.AddScoped<SurveyService>();
        services.AddScoped<ModerationService>();
        services.AddScoped<NotificationService>();
        services.AddScoped<CharterService>();
        services.AddScoped<WebhookService>();
        services.AddScoped<WebhookQueue>();
        services.AddScoped<ScheduledPostAnnouncer>();
        services.AddScoped<Kpis.KpiDayFolder>();
        services.AddScoped<AnnouncementService>();
        services.AddScoped<Kpis.KpiService>();
        return services;
    }
}
