namespace Community.GraphQL.Types;

/// <summary>Configures an object type in code.</summary>
public sealed class ObjectTypeDescriptor : ObjectTypeDescriptorBase<ObjectTypeDescriptor>
{
    internal ObjectTypeDescriptor(string name)
        : base(name)
    {
    }
}
