using System.Security.Cryptography;
using Community.Api.Kpis;
using Community.Api.Schema;
using Community.Api.Schema.Kpis;
using Community.GraphQL.AspNetCore;
using Community.GraphQL.Data.EntityFramework;
using Community.GraphQL.Execution;
using Community.GraphQL.Subscriptions;
using Community.GraphQL.Types;

namespace Community.Api.GraphQL;

/// <summary>The host's GraphQL wiring: the schema, its executor, the event bus and the endpoint settings.</summary>
internal static class CommunityGraphQLExtensions
{
    /// <summary>
    /// Adds the GraphQL endpoint over the community schema with the in-memory event bus. Settings
    /// come from the <c>GraphQL</c> configuration section (names of <see cref="GraphQLServerOptions"/>);
    /// <c>GraphQL:CursorKey</c> (base64, at least 32 bytes) signs list cursors, and must be the
    /// same on every node that serves the API.
    /// </summary>
    public static IServiceCollection AddCommunityGraphQL(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection("GraphQL");
        var executorOptions = CreateExecutorOptions(section, environment);
        var cursorKey = CursorKey(section);
        services.AddInMemoryEventBus(bus => section.Bind(bus));
        services.AddGraphQLDataEntityFramework();
        services.AddOptions<KpiOptions>().Bind(configuration.GetSection("Kpis"))
            .Validate(o => o.MinimumGroupSize >= 1, "Kpis:MinimumGroupSize must be at least 1: it is the fewest members a KPI breakdown row may describe.")
            .Validate(o => o.FoldInterval > TimeSpan.Zero, "Kpis:FoldInterval must be a positive duration, such as 00:01:00.")
            .ValidateOnStart();
        services.AddHostedService<KpiDayFolding>();
        services.AddGraphQLEndpoint(
            _ => new RequestExecutor(CommunitySchema.Create(CommunityData.Create(cursorKey)), executorOptions),
            options =>
            {
                section.Bind(options);
                options.SchemaPrinter = SchemaPrinter.Print;
            });
        return services;
    }

    /// <summary>
    /// Execution limits from <c>GraphQL:Execution</c>; introspection and exception details are on in
    /// Development and off elsewhere unless <c>GraphQL:Execution:AllowIntrospection</c> or
    /// <c>GraphQL:Execution:IncludeExceptionDetails</c> says otherwise.
    /// </summary>
    internal static ExecutorOptions CreateExecutorOptions(IConfiguration graphQLSection, IHostEnvironment environment)
    {
        var section = graphQLSection.GetSection("Execution");
        var defaults = new ExecutorOptions();
        return new ExecutorOptions
        {
            MaxCachedDocuments = section.GetValue(nameof(ExecutorOptions.MaxCachedDocuments), defaults.MaxCachedDocuments),
            MaxExecutionDepth = section.GetValue(nameof(ExecutorOptions.MaxExecutionDepth), defaults.MaxExecutionDepth),
            MaxFieldsPerOperation = section.GetValue(nameof(ExecutorOptions.MaxFieldsPerOperation), defaults.MaxFieldsPerOperation),
            ExecutionTimeout = section.GetValue(nameof(ExecutorOptions.ExecutionTimeout), defaults.ExecutionTimeout),
            MaxVariables = section.GetValue(nameof(ExecutorOptions.MaxVariables), defaults.MaxVariables),
            MaxVariableDepth = section.GetValue(nameof(ExecutorOptions.MaxVariableDepth), defaults.MaxVariableDepth),
            MaxFieldCost = section.GetValue(nameof(ExecutorOptions.MaxFieldCost), defaults.MaxFieldCost),
            MaxTypeCost = section.GetValue(nameof(ExecutorOptions.MaxTypeCost), defaults.MaxTypeCost),
            DefaultListSize = section.GetValue(nameof(ExecutorOptions.DefaultListSize), defaults.DefaultListSize),
            AllowIntrospection = section.GetValue(nameof(ExecutorOptions.AllowIntrospection), environment.IsDevelopment()),
            IncludeExceptionDetails = section.GetValue(nameof(ExecutorOptions.IncludeExceptionDetails), environment.IsDevelopment()),
        };
    }

    /// <summary>The configured cursor key, or a random one for this process (cursors then end with it).</summary>
    private static byte[] CursorKey(IConfiguration graphQLSection)
    {
        if (graphQLSection["CursorKey"] is not { Length: > 0 } configured)
        {
            return RandomNumberGenerator.GetBytes(32);
        }

        var key = Convert.FromBase64String(configured);
        return key.Length >= 32
            ? key
            : throw new InvalidOperationException("GraphQL:CursorKey must be at least 32 bytes, written in base64 (for example the output of `openssl rand -base64 32`).");
    }

    /// <summary>Maps GraphQL (HTTP, WebSocket, SSE, SDL, IDE) at <c>/graphql</c>.</summary>
    public static IEndpointConventionBuilder MapCommunityGraphQL(this IEndpointRouteBuilder endpoints)
        => endpoints.MapGraphQL("/graphql");
}
