using System.Security.Claims;
using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.IntrospectionTests;

/// <summary>Just enough of a resolver context to call introspection resolvers directly.</summary>
internal sealed class FakeResolverContext : IResolverContext
{
    public FakeResolverContext(Schema schema, ObjectType objectType, FieldDefinition field, object? parent, IReadOnlyDictionary<string, object?>? arguments = null)
    {
        Schema = schema;
        ObjectType = objectType;
        Field = field;
        Parent = parent;
        var withDefaults = new Dictionary<string, object?>(arguments ?? new Dictionary<string, object?>());
        foreach (var argument in field.Arguments)
        {
            if (!withDefaults.ContainsKey(argument.Name) && argument.HasDefaultValue)
            {
                withDefaults[argument.Name] = argument.CoercedDefaultValue;
            }
        }

        Arguments = withDefaults;
    }

    public object? Parent { get; }

    public Schema Schema { get; }

    public ObjectType ObjectType { get; }

    public FieldDefinition Field { get; }

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

    public T? Argument<T>(string name) => Arguments.TryGetValue(name, out var value) && value is T typed ? typed : default;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public void ReportError(GraphQLError error) => throw new NotSupportedException();
}
