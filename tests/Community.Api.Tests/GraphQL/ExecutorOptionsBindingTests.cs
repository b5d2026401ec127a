using Community.Api.GraphQL;
using Community.GraphQL.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Community.Api.Tests.GraphQL;

/// <summary>The execution limits the host reads from <c>GraphQL:Execution</c>.</summary>
public sealed class ExecutorOptionsBindingTests
{
    private static readonly IHostEnvironment Production = new HostingEnvironment { EnvironmentName = Environments.Production };

    [Fact]
    public void Cost_limits_are_read_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GraphQL:Execution:MaxFieldCost"] = "5000",
                ["GraphQL:Execution:MaxTypeCost"] = "20000.5",
                ["GraphQL:Execution:DefaultListSize"] = "10",
            })
            .Build();

        var options = CommunityGraphQLExtensions.CreateExecutorOptions(configuration.GetSection("GraphQL"), Production);

        Assert.Equal(5000, options.MaxFieldCost);
        Assert.Equal(20000.5, options.MaxTypeCost);
        Assert.Equal(10, options.DefaultListSize);
    }

    [Fact]
    public void Without_configuration_the_engine_defaults_apply()
    {
        var options = CommunityGraphQLExtensions.CreateExecutorOptions(new ConfigurationBuilder().Build().GetSection("GraphQL"), Production);
        var defaults = new ExecutorOptions();

        Assert.Equal(defaults.MaxFieldCost, options.MaxFieldCost);
        Assert.Equal(defaults.MaxTypeCost, options.MaxTypeCost);
        Assert.Equal(defaults.DefaultListSize, options.DefaultListSize);
    }
}
