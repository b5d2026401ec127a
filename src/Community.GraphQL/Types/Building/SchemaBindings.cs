namespace Community.GraphQL.Types;

/// <summary>Behaviour bound to schema elements by name: resolvers by coordinate, type resolvers, CLR types, scalars.</summary>
internal sealed class SchemaBindings
{
    public Dictionary<string, FieldResolver> Resolvers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SubscribeResolver> Subscribers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Func<object, IResolverContext, ObjectType?>> TypeResolvers { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Func<object, bool>> IsTypeOf { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Type> RuntimeTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    public SchemaBindings Clone()
    {
        var copy = new SchemaBindings();
        Copy(Resolvers, copy.Resolvers);
        Copy(Subscribers, copy.Subscribers);
        Copy(TypeResolvers, copy.TypeResolvers);
        Copy(IsTypeOf, copy.IsTypeOf);
        Copy(RuntimeTypes, copy.RuntimeTypes);
        Copy(Scalars, copy.Scalars);
        return copy;
    }

    private static void Copy<T>(Dictionary<string, T> from, Dictionary<string, T> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }
}
