using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object.</summary>
public abstract class InputValueDefinition
{
    protected InputValueDefinition(string name, IGraphQLType type, string? description, ValueNode? defaultValue, string? deprecationReason)
    {
        Name = name;
        Type = type;
        Description = description;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
    }

    public string Name { get; }

    /// <summary>An input type: scalar, enum, input object, or a list or non-null of those.</summary>
    public IGraphQLType Type { get; }

    public string? Description { get; }

    /// <summary>The default as a constant literal, exactly as SDL and introspection print it.</summary>
    public ValueNode? DefaultValue { get; }

    public bool HasDefaultValue => DefaultValue is not null;

    public string? DeprecationReason { get; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];

    /// <summary>
    /// The default coerced to its internal value, filled in once when the schema is built so
    /// that execution never coerces a default twice.
    /// </summary>
    public object? CoercedDefaultValue { get; internal set; }

    public override string ToString() => $"{Name}: {Type}";
}

/// <summary>An argument of a field or directive.</summary>
public sealed class ArgumentDefinition : InputValueDefinition
{
    public ArgumentDefinition(string name, IGraphQLType type, string? description = null, ValueNode? defaultValue = null, string? deprecationReason = null)
        : base(name, type, description, defaultValue, deprecationReason)
    {
    }
}

/// <summary>A field of an input object type.</summary>
public sealed class InputFieldDefinition : InputValueDefinition
{
    public InputFieldDefinition(string name, IGraphQLType type, string? description = null, ValueNode? defaultValue = null, string? deprecationReason = null)
        : base(name, type, description, defaultValue, deprecationReason)
    {
    }
}
