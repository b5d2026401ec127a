using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures a directive definition in code: locations, arguments, repeatability.</summary>
public sealed class DirectiveDescriptor : IDefinitionSource
{
    private readonly string _name;
    private readonly List<DirectiveLocation> _locations = [];
    private readonly List<InputValueDescriptor> _arguments = [];
    private string? _description;
    private bool _repeatable;

    internal DirectiveDescriptor(string name) => _name = name;

    public DirectiveDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    public DirectiveDescriptor Location(params DirectiveLocation[] locations)
    {
        _locations.AddRange(locations);
        return this;
    }

    public DirectiveDescriptor Argument(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    public DirectiveDescriptor Argument(string name, string type, object? defaultValue, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name, type).DefaultValue(defaultValue);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    public DirectiveDescriptor Repeatable()
    {
        _repeatable = true;
        return this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context) => new DirectiveDefinitionNode
    {
        Name = Syntax.Name(_name),
        Description = Syntax.Description(_description),
        Arguments = _arguments.Select(a => a.CreateDefinition()).ToArray(),
        Repeatable = _repeatable,
        Locations = _locations.Select(l => Syntax.Name(NameConventions.ToEnumValueName(l.ToString()))).ToArray(),
    };
}
