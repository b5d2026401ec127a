using System.Security.Claims;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Types;

/// <summary>A resolver context with a parent and arguments, for calling resolvers directly.</summary>
internal sealed class TestResolverContext : IResolverContext
{
    public TestResolverContext(object? parent = null, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Parent = parent;
        Arguments = arguments ?? new Dictionary<string, object?>();
    }

    public object? Parent { get; }

    public Schema Schema => throw new NotSupportedException();

    public ObjectType ObjectType => throw new NotSupportedException();

    public FieldDefinition Field => throw new NotSupportedException();

    public IReadOnlyList<FieldNode> FieldNodes => [];

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IFieldSelection Selection => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IReadOnlyList<object> Path => [];

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IServiceProvider Services => throw new NotSupportedException();

    public ClaimsPrincipal? User => null;

    public CancellationToken CancellationToken => CancellationToken.None;

    public IDictionary<string, object?> RequestData { get; } = new Dictionary<string, object?>();

    public T ParentAs<T>() => (T)Parent!;

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(GraphQLError error)
    {
    }

    public static async Task<object?> Resolve(FieldDefinition field, object? parent = null, IReadOnlyDictionary<string, object?>? arguments = null)
        => await field.Resolver!(new TestResolverContext(parent, arguments));
}
