namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>Schemas whose full introspection result must match graphql-js's, field for field.</summary>
internal static class IntrospectionCases
{
    private static readonly (string Name, string Sdl)[] Schemas =
    [
        ("kitchen sink", KitchenSinkSchema.Sdl),
        ("minimal", "type Query { a: String }"),
        ("defaults printed", """
            enum E { A B }
            input I { s: String = "q\"uote\n" f: Float = 1 l: [Int] = 3 e: [E!] = [A, B] n: I2 = {x: null, y: [1.5]} }
            input I2 { x: Int y: [Float] z: ID = 12 }
            type Query { f(i: I = {s: "x", n: {z: "id"}}, b: Boolean = true, e: E = B, id: ID = "7", big: Float = 1e20, tiny: Float = 0.000001): String }
            """),
        ("descriptions", "\"\"\"\nSchema text\n\"\"\"\nschema { query: Q }\n\"The root\" type Q { \"\"\"\n  Indented\n    block\n\"\"\" a(\"arg\" x: Int): String }"),
        ("no descriptions and custom root names", "schema { query: Root mutation: Change } type Root { a: Int } type Change { b: Int }"),
        ("deprecations", """
            type Query {
              a: Int @deprecated
              b(x: Int @deprecated(reason: ""), y: Int @deprecated(reason: "multi\nline")): Int @deprecated(reason: "")
            }
            input In { old: Int @deprecated(reason: "gone") new: Int }
            enum E { A @deprecated(reason: "") B }
            type Mutation { m(i: In, e: E): Int }
            """),
        ("directives", """
            directive @all(a: Int = 1, b: [String!]! = ["x"], c: In) repeatable on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION
            "Described" directive @short on FIELD
            input In { x: Int }
            type Query { a: Int }
            """),
        ("type order and extensions", """
            type Query { z: Z a: A }
            type Z { s: String }
            type A { n: Int }
            extend type A { m: Float }
            scalar Json
            """),
        ("specifiedBy from a scalar extension", """
            type Query { a: Json }
            scalar Json
            extend scalar Json @specifiedBy(url: "https://example.com/json")
            """),
        ("applied custom directives", """
            directive @cached(ttl: Int) on OBJECT | FIELD_DEFINITION
            type Query @cached(ttl: 5) { a: Int @cached }
            """),
        ("deprecated with null reason", "type Query { a: Int @deprecated(reason: null) }"),
    ];

    public static IEnumerable<ConformanceCase> All()
    {
        foreach (var (name, sdl) in Schemas)
        {
            yield return new ConformanceCase(CaseKind.Introspection, name, sdl, null) { Introspection = true };
        }

        // The API's exported schema (schema/schema.graphql), when the checkout has it: introspection
        // only, as the file is our own printer's output.
        if (RepositoryPaths.TryRoot is { } root && Path.Combine(root, "schema", "schema.graphql") is var exported && File.Exists(exported))
        {
            yield return new ConformanceCase(CaseKind.Introspection, "the exported API schema", File.ReadAllText(exported), null) { Introspection = true, PrintedSchema = false };
        }
    }
}
