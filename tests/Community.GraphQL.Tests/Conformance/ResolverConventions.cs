using Community.GraphQL.Types;

namespace Community.GraphQL.Tests.Conformance;

/// <summary>
/// The few resolvers both engines share (the graphql-js oracle implements the same rules):
/// a field named <c>echo…</c> returns its argument <c>value</c> (or all its arguments as an object
/// when it has no <c>value</c> argument), and a field named <c>fail…</c> raises
/// <c>"&lt;Type&gt;.&lt;field&gt; failed."</c>. Every other field reads the parent value.
/// </summary>
internal static class ResolverConventions
{
    public static Schema Build(string sdl)
    {
        var schema = SchemaBuilder.BuildFromSdl(sdl);
        var builder = SchemaBuilder.FromSdl(sdl);
        foreach (var type in schema.Types.OfType<ObjectType>())
        {
            if (type.Name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var field in type.Fields)
            {
                var coordinate = $"{type.Name}.{field.Name}";
                if (field.Name.StartsWith("echo", StringComparison.Ordinal))
                {
                    var hasValue = field.Arguments.Any(a => a.Name == "value");
                    builder.Resolve(coordinate, ctx => hasValue
                        ? ctx.Arguments.GetValueOrDefault("value")
                        : new Dictionary<string, object?>(ctx.Arguments));
                }
                else if (field.Name.StartsWith("fail", StringComparison.Ordinal))
                {
                    builder.Resolve(coordinate, (Func<IResolverContext, object?>)(_ => throw new GraphQLException(new GraphQLError($"{coordinate} failed."))));
                }
            }
        }

        return builder.Build();
    }
}
