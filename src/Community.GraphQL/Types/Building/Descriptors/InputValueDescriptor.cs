using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures an argument or an input field: description, default value, deprecation, directives.</summary>
public sealed class InputValueDescriptor
{
    private readonly string _name;
    private readonly TypeNode _type;
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;
    private ValueNode? _defaultValue;

    internal InputValueDescriptor(string name, string type)
    {
        _name = name;
        _type = Syntax.Type(type);
    }

    public InputValueDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>The default, as a CLR value (<c>"world"</c>, <c>10</c>, a CLR enum member, a list...) or a literal node.</summary>
    public InputValueDescriptor DefaultValue(object? value)
    {
        _defaultValue = ClrLiteralConverter.ToLiteral(value);
        return this;
    }

    public InputValueDescriptor Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _directives.Add(Syntax.Deprecated(reason));
        return this;
    }

    /// <summary>Applies a directive; <paramref name="arguments"/> is an object or a dictionary (<c>new { max = 5 }</c>).</summary>
    public InputValueDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    internal InputValueDefinitionNode CreateDefinition() => new()
    {
        Name = Syntax.Name(_name),
        Type = _type,
        Description = Syntax.Description(_description),
        DefaultValue = _defaultValue,
        Directives = _directives.ToArray(),
    };
}
