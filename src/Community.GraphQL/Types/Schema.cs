using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// An immutable, validated schema: root types, every named type reachable from them (built-in
/// scalars and introspection types included), and the directives. Built by <c>SchemaBuilder</c>.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = new();
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = new();
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new();

    internal Schema(
        ObjectType queryType,
        ObjectType? mutationType,
        ObjectType? subscriptionType,
        IEnumerable<NamedType> types,
        IEnumerable<DirectiveDefinition> directives,
        string? description = null)
    {
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        _types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in types)
        {
            _types.TryAdd(type.Name, type);
        }

        _directives = new Dictionary<string, DirectiveDefinition>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives.TryAdd(directive.Name, directive);
        }

        Types = _types.Values.ToArray();
        Directives = _directives.Values.ToArray();
        IndexImplementations();
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order they were added.</summary>
    public IReadOnlyList<NamedType> Types { get; }

    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema definition.</summary>
    public IReadOnlyList<DirectiveNode> AppliedDirectives { get; init; } = [];

    /// <summary>Free-form metadata for layers above the engine.</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>();

    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    public T? GetType<T>(string name)
        where T : NamedType => _types.GetValueOrDefault(name) as T;

    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types a value of an abstract type (or an object type itself) may have.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.GetValueOrDefault(type) ?? [],
    };

    /// <summary>Interfaces that implement <paramref name="type"/>.</summary>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type)
        => _interfaceImplementations.GetValueOrDefault(type) ?? [];

    /// <summary>True when <paramref name="possible"/> is an object type in <paramref name="abstractType"/>'s possible types.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType possible)
        => ReferenceEquals(abstractType, possible) || (_subTypes.TryGetValue(abstractType, out var set) && set.Contains(possible));

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, an implementation
    /// (object or interface) of the interface.
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
        => _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    private void IndexImplementations()
    {
        var objects = new Dictionary<NamedType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in Types)
        {
            switch (type)
            {
                case UnionType union:
                    objects[union] = union.Types.ToList();
                    break;
                case ObjectType objectType:
                    foreach (var implemented in objectType.Interfaces)
                    {
                        Add(objects, implemented, objectType);
                    }

                    break;
                case InterfaceType interfaceType:
                    foreach (var implemented in interfaceType.Interfaces)
                    {
                        Add(interfaces, implemented, interfaceType);
                    }

                    break;
            }
        }

        foreach (var (abstractType, possible) in objects)
        {
            _possibleTypes[abstractType] = possible;
            _subTypes[abstractType] = new HashSet<NamedType>(possible);
        }

        foreach (var (abstractType, implementations) in interfaces)
        {
            _interfaceImplementations[abstractType] = implementations;
            if (!_subTypes.TryGetValue(abstractType, out var set))
            {
                set = new HashSet<NamedType>();
                _subTypes[abstractType] = set;
            }

            set.UnionWith(implementations);
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
