namespace Community.GraphQL.Types;

/// <summary>The code-first half of the builder: types described in C#.</summary>
public sealed partial class SchemaBuilder
{
    /// <summary>Defines the object type <c>Query</c>, the default query root.</summary>
    public SchemaBuilder QueryType(Action<ObjectTypeDescriptor> configure) => ObjectType("Query", configure);

    /// <summary>Defines the object type <c>Mutation</c>, the default mutation root.</summary>
    public SchemaBuilder MutationType(Action<ObjectTypeDescriptor> configure) => ObjectType("Mutation", configure);

    /// <summary>Defines the object type <c>Subscription</c>, the default subscription root.</summary>
    public SchemaBuilder SubscriptionType(Action<ObjectTypeDescriptor> configure) => ObjectType("Subscription", configure);

    public SchemaBuilder ObjectType(string name, Action<ObjectTypeDescriptor> configure)
        => Add(new ObjectTypeDescriptor(name), configure);

    /// <summary>Defines an object type whose values are <typeparamref name="T"/> instances (its runtime type).</summary>
    public SchemaBuilder ObjectType<T>(string name, Action<ObjectTypeDescriptor<T>>? configure = null)
    {
        BindRuntimeType<T>(name);
        return Add(new ObjectTypeDescriptor<T>(name), configure);
    }

    /// <summary>Defines an object type named after <typeparamref name="T"/>.</summary>
    public SchemaBuilder ObjectType<T>(Action<ObjectTypeDescriptor<T>>? configure = null) => ObjectType(typeof(T).Name, configure);

    /// <summary>
    /// Adds fields (and interfaces or directives) to an object type defined elsewhere, as SDL's <c>extend type</c>
    /// does, so that each part of a schema adds its own fields to a shared type. A field defined twice is an error.
    /// </summary>
    public SchemaBuilder ExtendObjectType(string name, Action<ObjectTypeDescriptor> configure)
        => Add(new ObjectTypeDescriptor(name) { IsExtension = true }, configure);

    /// <summary>Extends the object type of <typeparamref name="T"/> values defined elsewhere; fields may read <typeparamref name="T"/>'s members.</summary>
    public SchemaBuilder ExtendObjectType<T>(string name, Action<ObjectTypeDescriptor<T>> configure)
        => Add(new ObjectTypeDescriptor<T>(name) { IsExtension = true }, configure);

    public SchemaBuilder InterfaceType(string name, Action<InterfaceTypeDescriptor> configure)
        => Add(new InterfaceTypeDescriptor(name), configure);

    public SchemaBuilder UnionType(string name, Action<UnionTypeDescriptor> configure)
        => Add(new UnionTypeDescriptor(name), configure);

    public SchemaBuilder EnumType(string name, Action<EnumTypeDescriptor> configure)
        => Add(new EnumTypeDescriptor(name), configure);

    /// <summary>Defines an enum whose values are the members of <typeparamref name="TEnum"/>, named in SCREAMING_CASE.</summary>
    public SchemaBuilder EnumType<TEnum>(string? name = null, Action<EnumTypeDescriptor>? configure = null)
        where TEnum : struct, Enum
    {
        name ??= typeof(TEnum).Name;
        BindRuntimeType<TEnum>(name);
        return Add(new EnumTypeDescriptor(name, typeof(TEnum)), configure);
    }

    public SchemaBuilder InputObjectType(string name, Action<InputObjectTypeDescriptor> configure)
        => Add(new InputObjectTypeDescriptor(name), configure);

    /// <summary>Defines an input object whose values reach resolvers as <typeparamref name="T"/> instances.</summary>
    public SchemaBuilder InputObjectType<T>(string? name = null, Action<InputObjectTypeDescriptor>? configure = null)
    {
        name ??= typeof(T).Name;
        BindRuntimeType<T>(name);
        return Add(new InputObjectTypeDescriptor(name, typeof(T)), configure);
    }

    /// <summary>Defines a custom directive.</summary>
    public SchemaBuilder Directive(string name, Action<DirectiveDescriptor> configure)
        => Add(new DirectiveDescriptor(name), configure);

    private SchemaBuilder Add<TDescriptor>(TDescriptor descriptor, Action<TDescriptor>? configure)
        where TDescriptor : IDefinitionSource
    {
        configure?.Invoke(descriptor);
        _sources.Add(descriptor);
        return this;
    }
}
