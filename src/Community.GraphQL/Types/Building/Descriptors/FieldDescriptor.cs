using System.Reflection;
using Community.GraphQL.Language;

namespace Community.GraphQL.Types;

/// <summary>Configures a field of an object or interface type: arguments, resolver, subscription stream, deprecation.</summary>
public sealed class FieldDescriptor
{
    private readonly string _name;
    private readonly MemberInfo? _member;
    private readonly List<InputValueDescriptor> _arguments = [];
    private readonly List<DirectiveNode> _directives = [];
    private readonly List<Func<FieldResolver, FieldResolver>> _middleware = [];
    private readonly List<TypeDefinitionNode> _dependencies = [];
    private TypeNode? _type;
    private string? _description;
    private FieldResolver? _resolver;
    private SubscribeResolver? _subscriber;

    internal FieldDescriptor(string name, string? type, MemberInfo? member = null)
    {
        _name = name;
        _type = type is null ? null : Syntax.Type(type);
        _member = member;
    }

    /// <summary>The field's name.</summary>
    public string Name => _name;

    /// <summary>Sets the field's type (an SDL type reference such as <c>"[Post!]!"</c>), replacing one given or inferred before.</summary>
    public FieldDescriptor Type(string typeReference)
    {
        _type = Syntax.Type(typeReference);
        return this;
    }

    /// <summary>
    /// Wraps the field's resolver: <paramref name="middleware"/> receives the resolver it wraps and
    /// returns the one that runs. The first middleware added is the outermost, whatever the order
    /// of <see cref="Use"/> and <see cref="Resolve(FieldResolver)"/> calls.
    /// </summary>
    public FieldDescriptor Use(Func<FieldResolver, FieldResolver> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    /// <summary>
    /// Adds a type this field needs (an argument's input type, a generated result type) to the
    /// schema, unless a type of the same name is defined already.
    /// </summary>
    public FieldDescriptor DependsOn(TypeDefinitionNode definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _dependencies.Add(definition);
        return this;
    }

    public FieldDescriptor Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Adds an argument without a default value.</summary>
    public FieldDescriptor Argument(string name, string type, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    /// <summary>Adds an argument with a default value (a CLR value or a literal node).</summary>
    public FieldDescriptor Argument(string name, string type, object? defaultValue, Action<InputValueDescriptor>? configure = null)
    {
        var argument = new InputValueDescriptor(name, type).DefaultValue(defaultValue);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    public FieldDescriptor Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        _directives.Add(Syntax.Deprecated(reason));
        return this;
    }

    /// <summary>Applies a directive; <paramref name="arguments"/> is an object or a dictionary (<c>new { weight = 5 }</c>).</summary>
    public FieldDescriptor Directive(string name, object? arguments = null)
    {
        _directives.Add(Syntax.Directive(name, arguments));
        return this;
    }

    public FieldDescriptor Resolve(FieldResolver resolver)
    {
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        return this;
    }

    public FieldDescriptor Resolve(Func<IResolverContext, object?> resolver)
    {
        _resolver = ResolverAdapters.FromSync(resolver);
        return this;
    }

    public FieldDescriptor ResolveAsync<TResult>(Func<IResolverContext, Task<TResult>> resolver)
    {
        _resolver = ResolverAdapters.FromTask(resolver);
        return this;
    }

    /// <summary>For subscription fields: creates the event stream; each event becomes the parent of the field's resolver.</summary>
    public FieldDescriptor Subscribe(SubscribeResolver subscriber)
    {
        _subscriber = subscriber ?? throw new ArgumentNullException(nameof(subscriber));
        return this;
    }

    /// <summary>For subscription fields: creates the event stream; each event becomes the parent of the field's resolver.</summary>
    public FieldDescriptor Subscribe<TEvent>(Func<IResolverContext, IAsyncEnumerable<TEvent>> subscriber)
    {
        _subscriber = ResolverAdapters.FromStream(subscriber);
        return this;
    }

    internal FieldDefinitionNode? CreateDefinition(string typeName, DefinitionContext context)
    {
        var coordinate = $"{typeName}.{_name}";
        var type = _type;
        if (type is null)
        {
            if (_member is null)
            {
                context.Errors.Add($"{coordinate} has no type; give it one with Type(\"...\").");
                return null;
            }

            type = context.Mapper.Map(_member, out var error);
            if (type is null)
            {
                context.Errors.Add($"Cannot infer the type of {coordinate}: {error}; bind a type to it or give the field's type.");
                return null;
            }
        }

        var resolver = _resolver;
        if (_middleware.Count > 0)
        {
            var name = _name;
            resolver ??= ctx => new ValueTask<object?>(Execution.Processing.DefaultFieldResolver.Resolve(ctx.Parent, name));
            for (var i = _middleware.Count - 1; i >= 0; i--)
            {
                resolver = _middleware[i](resolver);
            }
        }

        if (resolver is not null)
        {
            context.Bindings.Resolvers[coordinate] = resolver;
        }

        context.Dependencies.AddRange(_dependencies);

        if (_subscriber is not null)
        {
            context.Bindings.Subscribers[coordinate] = _subscriber;
        }

        return new FieldDefinitionNode
        {
            Name = Syntax.Name(_name),
            Type = type,
            Description = Syntax.Description(_description),
            Arguments = _arguments.Select(a => a.CreateDefinition()).ToArray(),
            Directives = _directives.ToArray(),
        };
    }
}
