using System.Security.Claims;
using Community.GraphQL.Language;

namespace Community.GraphQL.Execution;

/// <summary>What the host passes along with a request: services, user, cancellation, policy.</summary>
public sealed class RequestOptions
{
    public IServiceProvider? Services { get; init; }

    public ClaimsPrincipal? User { get; init; }

    public CancellationToken CancellationToken { get; init; }

    /// <summary>The root value for the operation's root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>
    /// Operation types the transport allows; an operation of another type is refused with
    /// <see cref="ExecutionResult.IsOperationNotAllowed"/> set (GET allows queries only).
    /// </summary>
    public IReadOnlyCollection<OperationType>? AllowedOperations { get; init; }

    /// <summary>Whether the response reports the operation's estimated cost, or only reports it without executing.</summary>
    public CostReporting CostReporting { get; init; }

    /// <summary>Initial per-request state shared by resolvers.</summary>
    public IDictionary<string, object?>? RequestData { get; init; }
}
