using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>An enum: a set of named values, each mapped to an internal value (a CLR enum member, or the name).</summary>
public sealed class EnumType : NamedType
{
    private readonly Dictionary<string, EnumValueDefinition> _byName;
    private readonly Dictionary<object, EnumValueDefinition> _byValue;

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null)
        : base(name, description)
    {
        Values = values.ToArray();
        _byName = new Dictionary<string, EnumValueDefinition>(StringComparer.Ordinal);
        _byValue = new Dictionary<object, EnumValueDefinition>();
        foreach (var value in Values)
        {
            _byName.TryAdd(value.Name, value);
            _byValue.TryAdd(value.Value, value);
        }
    }

    public override TypeKind Kind => TypeKind.Enum;

    public IReadOnlyList<EnumValueDefinition> Values { get; }

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The definition whose internal value is <paramref name="value"/>, or null.</summary>
    public EnumValueDefinition? GetValueByInternal(object value) => _byValue.GetValueOrDefault(value);
}

/// <summary>One value of an enum.</summary>
public sealed class EnumValueDefinition
{
    public EnumValueDefinition(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        Name = name;
        Value = value ?? name;
        Description = description;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    /// <summary>The internal value resolvers see and return.</summary>
    public object Value { get; }

    public string? Description { get; }

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}
