using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Community.GraphQL.Data.EntityFramework;

/// <summary>Registers what list fields need to run their queries through EF Core.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>List fields execute with EF Core's asynchronous <c>ToListAsync</c> and <c>CountAsync</c>.</summary>
    public static IServiceCollection AddGraphQLDataEntityFramework(this IServiceCollection services)
    {
        services.TryAddSingleton<IDataQueryExecutor, EntityFrameworkQueryExecutor>();
        return services;
    }
}
