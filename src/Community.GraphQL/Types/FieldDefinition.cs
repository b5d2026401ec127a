using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class FieldDefinition
{
    private readonly Dictionary<string, ArgumentDefinition> _argumentsByName;

    public FieldDefinition(
        string name,
        IGraphQLType type,
        IEnumerable<ArgumentDefinition>? arguments = null,
        string? description = null,
        string? deprecationReason = null,
        FieldResolver? resolver = null,
        SubscribeResolver? subscriber = null)
    {
        Name = name;
        Type = type;
        Arguments = arguments?.ToArray() ?? [];
        _argumentsByName = new Dictionary<string, ArgumentDefinition>(StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            _argumentsByName.TryAdd(argument.Name, argument);
        }

        Description = description;
        DeprecationReason = deprecationReason;
        Resolver = resolver;
        Subscriber = subscriber;
    }

    public string Name { get; }

    /// <summary>An output type: scalar, enum, object, interface, union, or a list or non-null of those.</summary>
    public IGraphQLType Type { get; }

    public IReadOnlyList<ArgumentDefinition> Arguments { get; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The resolver; when null the engine reads the parent's property, field or dictionary entry of the same name.</summary>
    public FieldResolver? Resolver { get; internal set; }

    /// <summary>For subscription root fields: creates the event stream.</summary>
    public SubscribeResolver? Subscriber { get; internal set; }

    /// <summary>The type that declares the field; set when the field is added to it.</summary>
    public NamedType DeclaringType { get; internal set; } = null!;

    /// <summary>The schema coordinate, <c>Type.field</c>.</summary>
    public string Coordinate => Introspection.IsMetaField(this) ? $"{MetaOwner}.{Name}"
        : DeclaringType is null ? Name
        : $"{DeclaringType.Name}.{Name}";

    /// <summary>What messages print where a meta-field's type would stand, as graphql-js does.</summary>
    internal const string MetaOwner = "<meta>";

    /// <summary>The schema coordinate of one of the field's arguments, <c>Type.field(argument:)</c>.</summary>
    public string ArgumentCoordinate(string argumentName) => $"{Coordinate}({argumentName}:)";

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>Free-form metadata for layers above the engine (cost, paging, authorization...).</summary>
    public IDictionary<string, object?> Features { get; } = new Dictionary<string, object?>();

    public ArgumentDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public override string ToString() => $"{Name}: {Type}";
}
