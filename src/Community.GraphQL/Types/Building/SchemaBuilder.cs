using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL, from code, or both. Types come from SDL documents
/// (<see cref="AddTypeDefinitions(string)"/>) and from the code-first methods
/// (<see cref="ObjectType"/>, <see cref="InterfaceType"/>...); behaviour is bound by name
/// (<see cref="Resolve(string, FieldResolver)"/>, <see cref="BindRuntimeType{T}"/>...).
/// <see cref="Build"/> checks the whole type system and throws one
/// <see cref="SchemaValidationException"/> listing every error.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { hello(name: String = \"world\"): String! }")
///     .Resolve("Query.hello", ctx => $"Hello {ctx.Argument&lt;string&gt;("name")}")
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    // SDL is the server's own code, not a client's document: no client-sized limits apply.
    private static readonly ParserOptions SdlParserOptions = new() { MaxTokens = int.MaxValue, MaxLength = int.MaxValue };

    /// <summary>SDL definitions and code-first descriptors, in the order they were added.</summary>
    private readonly List<object> _sources = [];
    private readonly SchemaBindings _bindings = new();
    private readonly Dictionary<Type, string> _clrTypeNames = [];
    private string? _description;

    /// <summary>A builder with the types of <paramref name="sdl"/>.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl);

    /// <summary>Builds a schema from SDL alone; fields use the default resolver.</summary>
    public static Schema BuildFromSdl(string sdl) => FromSdl(sdl).Build();

    /// <summary>Adds the definitions and extensions of an SDL document; may be called for several documents.</summary>
    /// <exception cref="GraphQLSyntaxException">The text is not valid SDL.</exception>
    public SchemaBuilder AddTypeDefinitions(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return AddTypeDefinitions(Parser.Parse(sdl, SdlParserOptions));
    }

    /// <summary>Adds the definitions and extensions of a parsed SDL document.</summary>
    public SchemaBuilder AddTypeDefinitions(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _sources.AddRange(document.Definitions);
        return this;
    }

    /// <summary>The schema's description (overrides the one of an SDL schema definition).</summary>
    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Binds a resolver to a field by its coordinate, <c>"Type.field"</c>.</summary>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _bindings.Resolvers[CheckCoordinate(coordinate)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver to a field by its coordinate, <c>"Type.field"</c>.</summary>
    public SchemaBuilder Resolve(string coordinate, Func<IResolverContext, object?> resolver)
        => Resolve(coordinate, ResolverAdapters.FromSync(resolver));

    /// <summary>Binds a Task-returning resolver to a field by its coordinate, <c>"Type.field"</c>.</summary>
    public SchemaBuilder ResolveAsync<TResult>(string coordinate, Func<IResolverContext, Task<TResult>> resolver)
        => Resolve(coordinate, ResolverAdapters.FromTask(resolver));

    /// <summary>Binds the event stream of a subscription field by its coordinate, <c>"Subscription.field"</c>.</summary>
    public SchemaBuilder Subscribe(string coordinate, SubscribeResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _bindings.Subscribers[CheckCoordinate(coordinate)] = subscriber;
        return this;
    }

    /// <summary>Binds the event stream of a subscription field by its coordinate, <c>"Subscription.field"</c>.</summary>
    public SchemaBuilder Subscribe<TEvent>(string coordinate, Func<IResolverContext, IAsyncEnumerable<TEvent>> subscriber)
        => Subscribe(coordinate, ResolverAdapters.FromStream(subscriber));

    /// <summary>Binds the function that picks the object type of a value of an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractType, Func<object, IResolverContext, ObjectType?> resolveType)
    {
        ArgumentNullException.ThrowIfNull(resolveType);
        _bindings.TypeResolvers[abstractType] = resolveType;
        return this;
    }

    /// <summary>
    /// Binds a CLR type to a schema type: an object type learns its runtime type (for interfaces
    /// and unions), an enum maps its values to the CLR enum's members by name, an input object
    /// creates <typeparamref name="T"/> instances for resolvers. Members of <typeparamref name="T"/>
    /// typed <typeparamref name="T"/> are inferred as this type.
    /// </summary>
    public SchemaBuilder BindRuntimeType<T>(string typeName) => BindRuntimeType(typeof(T), typeName);

    /// <inheritdoc cref="BindRuntimeType{T}(string)"/>
    public SchemaBuilder BindRuntimeType(Type clrType, string typeName)
    {
        ArgumentNullException.ThrowIfNull(clrType);
        _bindings.RuntimeTypes[typeName] = clrType;
        _clrTypeNames[clrType] = typeName;
        return this;
    }

    /// <summary>Adds a custom scalar; SDL <c>scalar Name</c> declarations of the same name use it.</summary>
    public SchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _bindings.Scalars[scalar.Name] = scalar;
        // A scalar over a common CLR type (an Email scalar over string) must not capture every string member.
        if (scalar.RuntimeType != typeof(object) && !ClrTypeMapper.HasScalarMapping(scalar.RuntimeType))
        {
            _clrTypeNames[scalar.RuntimeType] = scalar.Name;
        }

        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">The type system breaks one or more rules; the message lists each.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var bindings = _bindings.Clone();
        var context = new DefinitionContext(new ClrTypeMapper(_clrTypeNames), bindings, errors);
        var definitions = new List<DefinitionNode>(_sources.Count);
        foreach (var source in _sources)
        {
            definitions.Add(source is IDefinitionSource descriptor ? descriptor.CreateDefinition(context) : (DefinitionNode)source);
        }

        // Types that fields depend on, unless defined already (by the user or an earlier field).
        var defined = definitions.OfType<TypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var dependency in context.Dependencies)
        {
            if (defined.Add(dependency.Name.Value))
            {
                definitions.Add(dependency);
            }
        }

        // Bindings made on the builder win over the ones descriptors made.
        foreach (var (coordinate, resolver) in _bindings.Resolvers)
        {
            bindings.Resolvers[coordinate] = resolver;
        }

        foreach (var (coordinate, subscriber) in _bindings.Subscribers)
        {
            bindings.Subscribers[coordinate] = subscriber;
        }

        return new SchemaAssembler(definitions, bindings, errors, _description).Assemble();
    }

    private static string CheckCoordinate(string coordinate)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        if (!Language.SchemaCoordinate.TryParse(coordinate, out var parsed) || parsed!.Kind != Language.SchemaCoordinateKind.Member)
        {
            throw new ArgumentException($"\"{coordinate}\" is not a field coordinate; write it as \"Type.field\".", nameof(coordinate));
        }

        return coordinate;
    }
}
