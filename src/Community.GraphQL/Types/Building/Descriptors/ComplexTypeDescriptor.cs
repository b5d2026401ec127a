using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>What object and interface type descriptors share: description, interfaces, fields, directives.</summary>
/// <typeparam name="TSelf">The descriptor itself, so that chained calls keep its own methods.</typeparam>
public abstract class ComplexTypeDescriptor<TSelf>
    where TSelf : ComplexTypeDescriptor<TSelf>
{
    private readonly List<string> _interfaces = [];
    private readonly List<DirectiveNode> _directives = [];
    private string? _description;

    private protected ComplexTypeDescriptor(string name) => Name = name;

    internal string Name { get; }

    private protected List<FieldDescriptor> Fields { get; } = [];

    public TSelf Description(string description)
    {
        _description = description;
        return (TSelf)this;
    }

    public TSelf Implements(params string[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return (TSelf)this;
    }

    /// <summary>Adds a field of the given type (an SDL type reference such as <c>"[Post!]!"</c>).</summary>
    public TSelf Field(string name, string type, Action<FieldDescriptor>? configure = null)
    {
        var field = new FieldDescriptor(name, type);
        configure?.Invoke(field);
        Fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>Adds a field whose type <paramref name="configure"/> sets (<see cref="FieldDescriptor.Type"/>), as list conventions do.</summary>
    public TSelf Field(string name, Action<FieldDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var field = new FieldDescriptor(name, null);
        configure(field);
        Fields.Add(field);
        return (TSelf)this;
    }

    /// <summary>Applies a directive; <paramref name="arguments"/> is an object or a dictionary.</summary>
    public TSelf Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return (TSelf)this;
    }

    private protected StringValueNode? DescriptionNode => Syntax.Description(_description);

    private protected IReadOnlyList<NamedTypeNode> InterfaceNodes => _interfaces.Select(i => new NamedTypeNode { Name = Syntax.Name(i) }).ToArray();

    private protected IReadOnlyList<DirectiveNode> DirectiveNodes => _directives.ToArray();

    private protected IReadOnlyList<FieldDefinitionNode> CreateFields(DefinitionContext context)
        => Fields.Select(f => f.CreateDefinition(Name, context)).OfType<FieldDefinitionNode>().ToArray();
}
