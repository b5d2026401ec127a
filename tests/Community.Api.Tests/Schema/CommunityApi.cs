using System.Security.Claims;
using System.Text.Json;
using Community.Api.Authentication;
using Community.Api.Realtime;
using Community.Api.Schema;
using Community.Api.Schema.Kpis;
using Community.Api.Webhooks;
using Community.Domain;
using Community.Domain.Model;
using Community.Domain.Persistence;
using Community.Domain.Services;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Api.Tests.Schema;

/// <summary>
/// The community schema over a migrated SQLite file with a small known community, executed
/// in-process as any of its members: the whole API, without HTTP in between.
/// </summary>
public sealed class CommunityApi : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly RequestExecutor _executor;
    private OutboxDispatcher? _dispatcher;

    private CommunityApi(CommunityDatabase database, ServiceProvider services, SqlStatementCounter statements)
    {
        Database = database;
        Statements = statements;
        _services = services;
        _executor = new RequestExecutor(CommunitySchema.Create(CommunityData.Create(new byte[32])));
    }

    public CommunityDatabase Database { get; }

    /// <summary>Counts the statements the API's own contexts send (not the domain services').</summary>
    public SqlStatementCounter Statements { get; }

    /// <summary>The API's services, for what a test reads beside the schema (the webhook secrets' protector).</summary>
    public IServiceProvider Services => _services;

    public Member Ada { get; private set; } = null!;      // admin, owns every group
    public Member Bob { get; private set; } = null!;      // employee, in Engineering
    public Member Cleo { get; private set; } = null!;     // employee, in no group
    public Member Gus { get; private set; } = null!;      // guest, in Engineering
    public Group Engineering { get; private set; } = null!; // public
    public Group Leadership { get; private set; } = null!;  // private, Ada only
    public Group ProjectX { get; private set; } = null!;    // secret, Ada only
    public Post CompanyPost { get; private set; } = null!;
    public Post EngineeringPost { get; private set; } = null!;
    public Post LeadershipPost { get; private set; } = null!;
    public Post SecretPost { get; private set; } = null!;

    /// <param name="kpis">Changes to the <c>Kpis</c> options, as the configuration section would make them.</param>
    public static async Task<CommunityApi> CreateAsync(Action<KpiOptions>? kpis = null)
    {
        var database = CommunityDatabase.Sqlite(Path.Combine(Path.GetTempPath(), $"community-schema-{Guid.NewGuid():N}.db"));
        await CommunityDatabaseInitializer.MigrateAsync(database);
        var counter = new SqlStatementCounter();
        var options = (DbContextOptions<CommunityDbContext>)database.Configure(new DbContextOptionsBuilder<CommunityDbContext>()).AddInterceptors(counter).Options;
        var services = new ServiceCollection()
            .AddCommunityDomain(database)
            .AddSingleton<IDbContextFactory<CommunityDbContext>>(new PooledDbContextFactory<CommunityDbContext>(options))
            .AddSingleton<IEventBus>(new InMemoryEventBus())
            .AddSingleton(new OutboxDispatcherOptions { PollInterval = TimeSpan.FromMilliseconds(200) })
            .AddLogging()
            .AddGraphQLDataEntityFramework()
            .Configure<KpiOptions>(o => kpis?.Invoke(o))
            .AddLogging()
            .AddCommunityWebhookSecrets(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), isDevelopment: false)
            .BuildServiceProvider();
        var api = new CommunityApi(database, services, counter);
        await api.SeedAsync();

        // Events reach subscriptions as in the server: through the outbox and its dispatcher.
        // It reads with contexts of its own, so that Statements counts only what the API's resolvers send.
        api._dispatcher = new OutboxDispatcher(database, new PooledDbContextFactory<CommunityDbContext>(database.ContextOptions()),
            services.GetRequiredService<IEventBus>(), services.GetRequiredService<OutboxDispatcherOptions>(),
            services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<OutboxDispatcher>>());
        await api._dispatcher.StartAsync(CancellationToken.None);
        return api;
    }

    private async Task SeedAsync()
    {
        Ada = await Register("ada", MemberKind.Employee, MemberRole.Admin);
        Bob = await Register("bob", MemberKind.Employee, MemberRole.Member);
        Cleo = await Register("cleo", MemberKind.Employee, MemberRole.Member);
        Gus = await Register("gus", MemberKind.Guest, MemberRole.Member);
        Engineering = await Service<GroupService, Group>(s => s.CreateAsync(Ada.Id, "Engineering", "Builders", GroupVisibility.Public));
        Leadership = await Service<GroupService, Group>(s => s.CreateAsync(Ada.Id, "Leadership", "Leads", GroupVisibility.Private));
        ProjectX = await Service<GroupService, Group>(s => s.CreateAsync(Ada.Id, "Project X", "Hush", GroupVisibility.Secret));
        await Service<GroupService, GroupMembership>(s => s.JoinAsync(Bob.Id, Engineering.Id));
        await Service<GroupService, GroupMembership>(s => s.AddMemberAsync(Ada.Id, Engineering.Id, Gus.Id));
        CompanyPost = await Service<PostService, Post>(s => s.CreateAsync(Ada.Id, new NewPost(null, PostKind.Announcement, "Welcome, everyone", "Hello")));
        EngineeringPost = await Service<PostService, Post>(s => s.CreateAsync(Bob.Id, new NewPost(Engineering.Id, PostKind.Update, "Shipped the **build**")));
        LeadershipPost = await Service<PostService, Post>(s => s.CreateAsync(Ada.Id, new NewPost(Leadership.Id, PostKind.Update, "Budget talk")));
        SecretPost = await Service<PostService, Post>(s => s.CreateAsync(Ada.Id, new NewPost(ProjectX.Id, PostKind.Update, "The secret plan")));
    }

    private Task<Member> Register(string handle, MemberKind kind, MemberRole role) =>
        Service<MemberService, Member>(s => s.RegisterAsync($"sub-{handle}", handle, $"{handle}@example.com", char.ToUpperInvariant(handle[0]) + handle[1..], kind, role));

    /// <summary>Runs a domain service in a scope of its own, as a request would.</summary>
    public async Task<T> Service<TService, T>(Func<TService, Task<T>> action)
        where TService : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static string Id(string type, long key) => GlobalId.Encode(type, key);

    /// <summary>Runs an operation as <paramref name="member"/> (or signed out, when null) and returns the response as JSON.</summary>
    public async Task<JsonElement> RunAsync(Member? member, string query, object? variables = null)
    {
        await using var scope = _services.CreateAsyncScope();
        var user = member is null
            ? new ClaimsPrincipal(new ClaimsIdentity())
            : new ClaimsPrincipal(new ClaimsIdentity([new Claim(CommunityClaimTypes.MemberId, member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(variables)),
        };
        using var result = await _executor.ExecuteAsync(request, new RequestOptions { Services = scope.ServiceProvider, User = user });
        return JsonDocument.Parse(result.ToJson()).RootElement.Clone();
    }

    public global::Community.GraphQL.Types.Schema Schema => _executor.Schema;

    /// <summary>Starts a subscription as <paramref name="member"/>; each event comes back as JSON.</summary>
    public async Task<IAsyncEnumerator<JsonElement>> SubscribeAsync(Member member, string query, CancellationToken cancellationToken)
    {
        var scope = _services.CreateAsyncScope();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CommunityClaimTypes.MemberId, member.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));
        var result = await _executor.ExecuteAsync(new GraphQLRequest { Query = query }, new RequestOptions { Services = scope.ServiceProvider, User = user, CancellationToken = cancellationToken });
        var stream = result.Stream ?? throw new InvalidOperationException("Not a subscription: " + result.ToJson());
        return Events(stream, scope, cancellationToken).GetAsyncEnumerator(cancellationToken);

        static async IAsyncEnumerable<JsonElement> Events(IAsyncEnumerable<ExecutionResult> stream, AsyncServiceScope scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using (scope)
            {
                await foreach (var item in stream.WithCancellation(cancellationToken))
                {
                    using (item)
                    {
                        yield return JsonDocument.Parse(item.ToJson()).RootElement.Clone();
                    }
                }
            }
        }
    }

    /// <summary>Counts the rows of a table, to prove a refused mutation wrote nothing.</summary>
    public async Task<int> CountAsync(Func<CommunityDbContext, IQueryable<object>> rows)
    {
        await using var db = Database.CreateContext();
        return await rows(db).CountAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_dispatcher is not null)
        {
            await _dispatcher.StopAsync(CancellationToken.None);
            _dispatcher.Dispose();
        }

        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(Database.FullPath);
    }
}
