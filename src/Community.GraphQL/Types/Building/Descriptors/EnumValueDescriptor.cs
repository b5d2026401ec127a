using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures one enum value: description, deprecation, directives.</summary>
public sealed class EnumValueDescriptor
{
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;

    internal EnumValueDescriptor(string name) => Name = name;

    internal string Name { get; }

    public EnumValueDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    public EnumValueDescriptor Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _directives.Add(Syntax.Deprecated(reason));
        return this;
    }

    public EnumValueDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    internal EnumValueDefinitionNode CreateDefinition() => new()
    {
        Name = Syntax.Name(Name),
        Description = Syntax.Description(_description),
        Directives = _directives.ToArray(),
    };
}
