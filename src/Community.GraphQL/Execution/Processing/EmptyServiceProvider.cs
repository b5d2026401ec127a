namespace Community.GraphQL.Execution.Processing;

/// <summary>The services of a request whose host passed none.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
