using System.Runtime.CompilerServices;

namespace Community.GraphQL.Types;

/// <summary>
/// The order of <c>__schema.types</c>, as graphql-js lists them: the schema's own types in the
/// order they were defined, each built-in scalar right after the first type that refers to it
/// (interfaces, then each field's type and its arguments' types, depth first), then the scalars
/// only directives use, then the introspection types. Computed once per schema.
/// </summary>
internal static class IntrospectionTypeOrder
{
    private static readonly ConditionalWeakTable<Schema, IReadOnlyList<NamedType>> Orders = new();

    public static IReadOnlyList<NamedType> For(Schema schema) => Orders.GetValue(schema, Order);

    private static IReadOnlyList<NamedType> Order(Schema schema)
    {
        var own = schema.Types.Where(t => !IsImplicit(t)).ToList();
        var ordered = new List<NamedType>(schema.Types.Count);
        var seen = new HashSet<NamedType>(own);
        foreach (var type in own)
        {
            ordered.Add(type);
            CollectReferences(type, ordered, seen);
        }

        foreach (var argument in schema.Directives.SelectMany(d => d.Arguments))
        {
            Collect(argument.Type.NamedType(), ordered, seen);
        }

        if (schema.GetType("__Schema") is { } schemaType)
        {
            Collect(schemaType, ordered, seen);
        }

        // Anything the walk did not reach keeps its place at the end.
        ordered.AddRange(schema.Types.Where(seen.Add));
        return ordered;
    }

    private static bool IsImplicit(NamedType type)
        => type.Name.StartsWith("__", StringComparison.Ordinal) || BuiltInScalars.All.Contains(type);

    private static void Collect(NamedType type, List<NamedType> ordered, HashSet<NamedType> seen)
    {
        if (seen.Add(type))
        {
            ordered.Add(type);
            CollectReferences(type, ordered, seen);
        }
    }

    /// <summary>
    /// Recursion only ever enters types not seen yet, and the schema's own types are all seen
    /// before the walk starts: it descends only through the introspection types, a fixed depth.
    /// </summary>
    private static void CollectReferences(NamedType type, List<NamedType> ordered, HashSet<NamedType> seen)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, ordered, seen);
                }

                break;
            case ComplexType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented, ordered, seen);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.NamedType(), ordered, seen);
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.NamedType(), ordered, seen);
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.NamedType(), ordered, seen);
                }

                break;
        }
    }
}
