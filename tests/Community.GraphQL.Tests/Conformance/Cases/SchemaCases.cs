namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>SDL documents a schema build must refuse, and the errors both engines list for them.</summary>
internal static class SchemaCases
{
    private static readonly (string Name, string Sdl)[] Documents =
    [
        ("no query type", "type Foo { a: Int }"),
        ("unknown field type", "type Query { a: Unknown }"),
        ("unknown type suggestion", "type Query { a: Strin }"),
        ("unknown argument type", "type Query { a(b: Unknown): Int }"),
        ("unknown interface", "type Query implements Missing { a: Int }"),
        ("unknown union member", "union U = Missing type Query { u: U }"),
        ("duplicate type", "type Query { a: Int } type Query { b: Int }"),
        ("duplicate field", "type Query { a: Int a: String }"),
        ("duplicate argument", "type Query { a(b: Int, b: Int): Int }"),
        ("duplicate enum value", "enum E { A A } type Query { e: E }"),
        ("duplicate input field", "input I { a: Int a: Int } type Query { f(i: I): Int }"),
        ("duplicate directive", "directive @d on FIELD directive @d on FIELD type Query { a: Int }"),
        ("two schema definitions", "schema { query: Query } schema { query: Query } type Query { a: Int }"),
        ("duplicate operation type", "schema { query: Query query: Query } type Query { a: Int }"),
        ("unknown directive applied", "type Query { a: Int @unknown }"),
        ("misplaced directive", "type Query @deprecated { a: Int }"),
        ("repeated directive", "type Query { a: Int @deprecated @deprecated }"),
        ("unknown directive argument", "type Query { a: Int @deprecated(why: \"x\") }"),
        ("missing directive argument", "directive @d(x: Int!) on FIELD_DEFINITION type Query { a: Int @d }"),
        ("wrong directive argument type", "type Query { a: Int @deprecated(reason: 1) }"),
        ("extension of unknown type", "type Query { a: Int } extend type Missing { b: Int }"),
        ("extension of wrong kind", "type Query { a: Int } enum E { A } extend type E { b: Int }"),
        ("object without fields", "type Query { a: Empty } type Empty"),
        ("interface not implemented field", "interface I { a: Int b: String } type T implements I { a: Int } type Query { t: T }"),
        ("interface field wrong type", "interface I { a: Int } type T implements I { a: String } type Query { t: T }"),
        ("interface field missing argument", "interface I { a(x: Int): Int } type T implements I { a: Int } type Query { t: T }"),
        ("interface field argument wrong type", "interface I { a(x: Int): Int } type T implements I { a(x: String): Int } type Query { t: T }"),
        ("interface field extra required argument", "interface I { a: Int } type T implements I { a(x: Int!): Int } type Query { t: T }"),
        ("transitive interface missing", "interface A { a: Int } interface B implements A { a: Int } type T implements B { a: Int } type Query { t: T }"),
        ("interface implements itself", "interface I implements I { a: Int } type Query { i: I }"),
        ("implementing a non-interface", "type O { a: Int } type T implements O { a: Int } type Query { t: T }"),
        ("union of non-object", "interface I { a: Int } union U = I type Query { u: U }"),
        ("union member twice", "type A { a: Int } union U = A | A type Query { u: U }"),
        ("empty enum", "enum E type Query { e: E }"),
        ("input field of output type", "type O { a: Int } input I { o: O } type Query { f(i: I): Int }"),
        ("argument of output type", "type O { a: Int } type Query { f(o: O): Int }"),
        ("field of input type", "input I { a: Int } type Query { i: I }"),
        ("reserved type name", "type __Foo { a: Int } type Query { f: __Foo }"),
        ("reserved field name", "type Query { __a: Int }"),
        ("non-null input cycle", "input A { b: B! } input B { a: A! } type Query { f(a: A): Int }"),
        ("oneOf with non-null field", "input I @oneOf { a: Int! b: String } type Query { f(i: I): Int }"),
        ("oneOf with default", "input I @oneOf { a: Int = 1 b: String } type Query { f(i: I): Int }"),
        ("required deprecated argument", "type Query { f(a: Int! @deprecated): Int }"),
        ("required deprecated input field", "input I { a: Int! @deprecated } type Query { f(i: I): Int }"),
        ("default of wrong type", "type Query { f(a: Int = \"x\"): Int }"),
        ("input default of wrong type", "input I { a: Int = true } type Query { f(i: I): Int }"),
        ("root type not an object", "schema { query: Q } interface Q { a: Int }"),
        ("mutation type missing", "schema { query: Query mutation: Missing } type Query { a: Int }"),
        ("subscription root is query", "schema { query: Query subscription: Query } type Query { a: Int }"),
        ("syntax error in sdl", "type Query { a: }"),
        ("executable definition in sdl", "type Query { a: Int } { a }"),
    ];

    public static IEnumerable<ConformanceCase> All()
        => Documents.Select(d => new ConformanceCase(CaseKind.Schema, d.Name, d.Sdl, null));
}
