using System.Reflection;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Configures an input object type in code. Bound to a CLR class, resolvers receive instances
/// of it, and when no field is configured its public settable properties become the fields.
/// </summary>
public sealed class InputObjectTypeDescriptor : IDefinitionSource
{
    private readonly string _name;
    private readonly Type? _clrType;
    private readonly List<InputValueDescriptor> _fields = [];
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;
    private bool _oneOf;

    internal InputObjectTypeDescriptor(string name, Type? clrType = null)
    {
        _name = name;
        _clrType = clrType;
    }

    public InputObjectTypeDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds a field without a default value.</summary>
    public InputObjectTypeDescriptor Field(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var field = new InputValueDescriptor(name, type);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>Adds a field with a default value (a CLR value or a literal node).</summary>
    public InputObjectTypeDescriptor Field(string name, string type, object? defaultValue, Action<InputValueDescriptor>? configure = null)
    {
        var field = new InputValueDescriptor(name, type).DefaultValue(defaultValue);
        configure?.Invoke(field);
        _fields.Add(field);
        return this;
    }

    /// <summary>Makes this a <c>@oneOf</c> input object: exactly one field must be given, and not null.</summary>
    public InputObjectTypeDescriptor OneOf()
    {
        _oneOf = true;
        return this;
    }

    public InputObjectTypeDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context)
    {
        var fields = _fields.Count > 0 || _clrType is null
            ? _fields.Select(f => f.CreateDefinition()).ToList()
            : InferFields(context);
        var directives = _directives.ToList();
        if (_oneOf)
        {
            directives.Add(new DirectiveNode { Name = Syntax.Name("oneOf") });
        }

        return new InputObjectTypeDefinitionNode
        {
            Name = Syntax.Name(_name),
            Description = Syntax.Description(_description),
            Fields = fields,
            Directives = directives,
        };
    }

    private List<InputValueDefinitionNode> InferFields(DefinitionContext context)
    {
        var fields = new List<InputValueDefinitionNode>();
        foreach (var property in _clrType!.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var name = NameConventions.ToFieldName(property.Name);
            var type = context.Mapper.Map(property, out var error);
            if (type is null)
            {
                context.Errors.Add($"Cannot infer the type of {_name}.{name}: {error}; bind a type to it or give the field's type.");
                continue;
            }

            fields.Add(new InputValueDefinitionNode { Name = Syntax.Name(name), Type = type });
        }

        return fields;
    }
}
