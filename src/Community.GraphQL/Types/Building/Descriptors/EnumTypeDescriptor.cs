using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Configures an enum type in code. For a CLR enum, the values are its members in
/// SCREAMING_CASE (<c>PostKind.Announcement</c> → <c>ANNOUNCEMENT</c>); <see cref="Value"/>
/// then configures one of them by that name.
/// </summary>
public sealed class EnumTypeDescriptor : IDefinitionSource
{
    private readonly string _name;
    private readonly List<EnumValueDescriptor> _values = [];
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;

    internal EnumTypeDescriptor(string name, Type? clrEnum = null)
    {
        _name = name;
        foreach (var member in clrEnum is null ? [] : Enum.GetNames(clrEnum))
        {
            _values.Add(new EnumValueDescriptor(NameConventions.ToEnumValueName(member)));
        }
    }

    public EnumTypeDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds a value, or configures the value of that name if it exists.</summary>
    public EnumTypeDescriptor Value(string name, Action<EnumValueDescriptor>? configure = null)
    {
        var value = _values.FirstOrDefault(v => v.Name == name);
        if (value is null)
        {
            value = new EnumValueDescriptor(name);
            _values.Add(value);
        }

        configure?.Invoke(value);
        return this;
    }

    public EnumTypeDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context) => new EnumTypeDefinitionNode
    {
        Name = Syntax.Name(_name),
        Description = Syntax.Description(_description),
        Values = _values.Select(v => v.CreateDefinition()).ToArray(),
        Directives = _directives.ToArray(),
    };
}
