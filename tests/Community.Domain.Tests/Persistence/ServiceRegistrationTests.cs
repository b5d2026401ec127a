using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.Domain.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Domain.Tests.Persistence;

public abstract class ServiceRegistrationTests(DatabaseProvider provider) : DatabaseTests(provider)
{
    [DatabaseFact]
    public async Task AddCommunityDomain_wires_the_context_clock_and_services()
    {
        using var database = await MigratedDatabaseAsync();
        var clock = new ManualClock(TestCommunity.Start);
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddCommunityDomain(database.Database);

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        var member = await scope.ServiceProvider.GetRequiredService<MemberService>()
            .RegisterAsync("sub-1", "ada", "ada@example.com", "Ada", Model.MemberKind.Employee);

        Assert.Equal(clock.UtcNow, member.CreatedAt);
        Assert.Same(database.Database, scope.ServiceProvider.GetRequiredService<CommunityDatabase>());
        Assert.NotNull(scope.ServiceProvider.GetRequiredService<EventService>());
    }

    public sealed class Sqlite() : ServiceRegistrationTests(DatabaseProvider.Sqlite);

    [PostgreSqlTests]
    public sealed class PostgreSql() : ServiceRegistrationTests(DatabaseProvider.PostgreSql);
}
