using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>What the plain and the CLR-bound object type descriptors share.</summary>
public abstract class ObjectTypeDescriptorBase<TSelf> : ComplexTypeDescriptor<TSelf>, IDefinitionSource
    where TSelf : ObjectTypeDescriptorBase<TSelf>
{
    private Func<object, bool>? _isTypeOf;

    private protected ObjectTypeDescriptorBase(string name)
        : base(name)
    {
    }

    /// <summary>Whether this descriptor extends a type defined elsewhere (<c>extend type</c>) rather than defining it.</summary>
    internal bool IsExtension { get; init; }

    /// <summary>Tells whether a value is of this type, for interfaces and unions without a type resolver.</summary>
    public TSelf IsTypeOf(Func<object, bool> predicate)
    {
        _isTypeOf = predicate;
        return (TSelf)this;
    }

    DefinitionNode IDefinitionSource.CreateDefinition(DefinitionContext context)
    {
        if (_isTypeOf is not null)
        {
            context.Bindings.IsTypeOf[Name] = _isTypeOf;
        }

        if (IsExtension)
        {
            if (DescriptionNode is not null)
            {
                throw new InvalidOperationException($"The extension of type \"{Name}\" has a description; describe the type where it is defined.");
            }

            return new ObjectTypeExtensionNode
            {
                Name = Syntax.Name(Name),
                Interfaces = InterfaceNodes,
                Directives = DirectiveNodes,
                Fields = CreateFields(context),
            };
        }

        AddInferredFields();
        return new ObjectTypeDefinitionNode
        {
            Name = Syntax.Name(Name),
            Description = DescriptionNode,
            Interfaces = InterfaceNodes,
            Directives = DirectiveNodes,
            Fields = CreateFields(context),
        };
    }

    /// <summary>Lets a CLR-bound descriptor add fields for its public properties when none were configured.</summary>
    private protected virtual void AddInferredFields()
    {
    }
}
