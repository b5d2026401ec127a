using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Execution;

/// <summary>
/// Builds executable schemas for execution tests with <see cref="SchemaBuilder"/> from SDL,
/// with resolvers bound by coordinate (<c>Query.hello</c>), subscribers, type resolvers, CLR
/// runtime types and <c>IsTypeOf</c> predicates.
/// </summary>
internal sealed class TestSchema
{
    private readonly List<Action<SchemaBuilder>> _bindings = [];
    private readonly Dictionary<string, Func<object, bool>> _isTypeOf = new(StringComparer.Ordinal);

    public TestSchema Resolve(string coordinate, Func<IResolverContext, object?> resolver)
    {
        _bindings.Add(b => b.Resolve(coordinate, resolver));
        return this;
    }

    public TestSchema ResolveAsync(string coordinate, Func<IResolverContext, Task<object?>> resolver)
    {
        _bindings.Add(b => b.Resolve(coordinate, ctx => new ValueTask<object?>(resolver(ctx))));
        return this;
    }

    public TestSchema Subscribe(string coordinate, Func<IResolverContext, IAsyncEnumerable<object?>> subscriber)
    {
        _bindings.Add(b => b.Subscribe(coordinate, ctx => new ValueTask<IAsyncEnumerable<object?>>(subscriber(ctx))));
        return this;
    }

    public TestSchema ResolveType(string abstractType, Func<object, IResolverContext, ObjectType?> resolver)
    {
        _bindings.Add(b => b.ResolveType(abstractType, resolver));
        return this;
    }

    public TestSchema RuntimeType<T>(string objectType)
    {
        _bindings.Add(b => b.BindRuntimeType<T>(objectType));
        return this;
    }

    public TestSchema IsTypeOf(string objectType, Func<object, bool> predicate)
    {
        _isTypeOf[objectType] = predicate;
        return this;
    }

    public Schema Build(string sdl)
    {
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var bind in _bindings)
        {
            bind(builder);
        }

        var schema = builder.Build();
        foreach (var (typeName, predicate) in _isTypeOf)
        {
            schema.GetType<ObjectType>(typeName)!.IsTypeOf = predicate;
        }

        return schema;
    }
}
