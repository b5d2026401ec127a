using Community.GraphQL.Language;
using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Execution;

/// <summary>
/// Builds executable schemas for execution tests from SDL, with resolvers bound by coordinate
/// (<c>Query.hello</c>), subscribers, type resolvers and CLR runtime types.
/// </summary>
internal sealed class TestSchema
{
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscribeResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, IResolverContext, ObjectType?>> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);

    public TestSchema Resolve(string coordinate, Func<IResolverContext, object?> resolver)
    {
        _resolvers[coordinate] = ctx => new ValueTask<object?>(resolver(ctx));
        return this;
    }

    public TestSchema ResolveAsync(string coordinate, Func<IResolverContext, Task<object?>> resolver)
    {
        _resolvers[coordinate] = ctx => new ValueTask<object?>(resolver(ctx));
        return this;
    }

    public TestSchema Subscribe(string coordinate, Func<IResolverContext, IAsyncEnumerable<object?>> subscriber)
    {
        _subscribers[coordinate] = ctx => new ValueTask<IAsyncEnumerable<object?>>(subscriber(ctx));
        return this;
    }

    public TestSchema ResolveType(string abstractType, Func<object, IResolverContext, ObjectType?> resolver)
    {
        _typeResolvers[abstractType] = resolver;
        return this;
    }

    public TestSchema RuntimeType<T>(string objectType)
    {
        _runtimeTypes[objectType] = typeof(T);
        return this;
    }

    public TestSchema IsTypeOf(string objectType, Func<object, bool> predicate)
    {
        _isTypeOf[objectType] = predicate;
        return this;
    }

    public Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var scalar in BuiltInScalars.All)
        {
            types[scalar.Name] = scalar;
        }

        var definitions = document.Definitions.OfType<TypeDefinitionNode>().ToList();
        foreach (var definition in definitions)
        {
            var name = definition.Name.Value;
            types[name] = definition switch
            {
                ScalarTypeDefinitionNode => ExtendedScalars.Find(name) ?? throw new ArgumentException($"Unknown scalar {name}."),
                ObjectTypeDefinitionNode => new ObjectType(name) { RuntimeType = _runtimeTypes.GetValueOrDefault(name), IsTypeOf = _isTypeOf.GetValueOrDefault(name) },
                InterfaceTypeDefinitionNode => new InterfaceType(name) { ResolveType = _typeResolvers.GetValueOrDefault(name) },
                UnionTypeDefinitionNode => new UnionType(name) { ResolveType = _typeResolvers.GetValueOrDefault(name) },
                EnumTypeDefinitionNode e => new EnumType(name, e.Values.Select(v => new EnumValueDefinition(v.Name.Value))),
                InputObjectTypeDefinitionNode i => new InputObjectType(name, isOneOf: i.Directives.Any(d => d.Name.Value == "oneOf")),
                _ => throw new ArgumentException(definition.ToString()),
            };
        }

        IGraphQLType TypeOf(TypeNode node) => node switch
        {
            NonNullTypeNode n => new NonNullType(TypeOf(n.Type)),
            ListTypeNode l => new ListType(TypeOf(l.Type)),
            NamedTypeNode n => types[n.Name.Value],
            _ => throw new ArgumentException(node.ToString()),
        };

        foreach (var definition in definitions)
        {
            var type = types[definition.Name.Value];
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    ((ComplexType)type).Define(Fields(type.Name, o.Fields), o.Interfaces.Select(i => (InterfaceType)types[i.Name.Value]));
                    break;
                case InterfaceTypeDefinitionNode i:
                    ((ComplexType)type).Define(Fields(type.Name, i.Fields), i.Interfaces.Select(n => (InterfaceType)types[n.Name.Value]));
                    break;
                case UnionTypeDefinitionNode u:
                    ((UnionType)type).Define(u.Types.Select(t => (ObjectType)types[t.Name.Value]));
                    break;
                case InputObjectTypeDefinitionNode i:
                    ((InputObjectType)type).Define(i.Fields.Select(f => new InputFieldDefinition(f.Name.Value, TypeOf(f.Type), defaultValue: f.DefaultValue)));
                    break;
            }
        }

        IEnumerable<FieldDefinition> Fields(string typeName, IEnumerable<FieldDefinitionNode> fields)
            => fields.Select(f => new FieldDefinition(
                f.Name.Value,
                TypeOf(f.Type),
                f.Arguments.Select(a => new ArgumentDefinition(a.Name.Value, TypeOf(a.Type), defaultValue: a.DefaultValue)),
                resolver: _resolvers.GetValueOrDefault($"{typeName}.{f.Name.Value}"),
                subscriber: _subscribers.GetValueOrDefault($"{typeName}.{f.Name.Value}")));

        return new Schema(
            (ObjectType)types["Query"],
            types.GetValueOrDefault("Mutation") as ObjectType,
            types.GetValueOrDefault("Subscription") as ObjectType,
            types.Values,
            BuiltInDirectives.All);
    }
}
