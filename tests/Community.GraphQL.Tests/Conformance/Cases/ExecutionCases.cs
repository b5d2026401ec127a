namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>Valid documents both engines execute: variables, defaults, null propagation, abstract types, coercion in and out.</summary>
internal static class ExecutionCases
{
    private const string Root = KitchenSinkSchema.Root;

    public static IEnumerable<ConformanceCase> All()
    {
        // Variable coercion: every way a variable value can be refused.
        yield return Case("variables: missing required", "query ($a: Int!) { echoNonNullInt(value: $a) }");
        yield return Case("variables: null for non-null", "query ($a: Int!) { echoNonNullInt(value: $a) }", """{ "a": null }""");
        yield return Case("variables: string for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": "1" }""");
        yield return Case("variables: float for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": 1.5 }""");
        yield return Case("variables: integral float for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": 2.0 }""");
        yield return Case("variables: int overflow", "query ($a: Int) { echoInt(value: $a) }", """{ "a": 2147483648 }""");
        yield return Case("variables: int underflow", "query ($a: Int) { echoInt(value: $a) }", """{ "a": -2147483649 }""");
        yield return Case("variables: int max", "query ($a: Int, $b: Int) { a: echoInt(value: $a) b: echoInt(value: $b) }", """{ "a": 2147483647, "b": -2147483648 }""");
        yield return Case("variables: huge int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": 12345678901234567890 }""");
        yield return Case("variables: bool for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": true }""");
        yield return Case("variables: object for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": { "b": 1 } }""");
        yield return Case("variables: list for int", "query ($a: Int) { echoInt(value: $a) }", """{ "a": [1] }""");
        yield return Case("variables: int for string", "query ($a: String) { echoString(value: $a) }", """{ "a": 1 }""");
        yield return Case("variables: bool for string", "query ($a: String) { echoString(value: $a) }", """{ "a": false }""");
        yield return Case("variables: list for string", "query ($a: String) { echoString(value: $a) }", """{ "a": ["x"] }""");
        yield return Case("variables: string for boolean", "query ($a: Boolean) { echoBoolean(value: $a) }", """{ "a": "true" }""");
        yield return Case("variables: int for boolean", "query ($a: Boolean) { echoBoolean(value: $a) }", """{ "a": 0 }""");
        yield return Case("variables: string for float", "query ($a: Float) { echoFloat(value: $a) }", """{ "a": "1.5" }""");
        yield return Case("variables: int for float", "query ($a: Float) { echoFloat(value: $a) }", """{ "a": 3 }""");
        yield return Case("variables: float for float", "query ($a: Float) { echoFloat(value: $a) }", """{ "a": -0.25 }""");
        yield return Case("variables: int for id", "query ($a: ID) { echoID(value: $a) }", """{ "a": 12 }""");
        yield return Case("variables: float for id", "query ($a: ID) { echoID(value: $a) }", """{ "a": 1.5 }""");
        yield return Case("variables: bool for id", "query ($a: ID) { echoID(value: $a) }", """{ "a": true }""");
        yield return Case("variables: unknown enum value", "query ($a: Color) { echoColor(value: $a) }", """{ "a": "PURPLE" }""");
        yield return Case("variables: enum value wrong case", "query ($a: Color) { echoColor(value: $a) }", """{ "a": "red" }""");
        yield return Case("variables: int for enum", "query ($a: Color) { echoColor(value: $a) }", """{ "a": 1 }""");
        yield return Case("variables: enum in and out", "query ($a: Color) { echoColor(value: $a) }", """{ "a": "VIOLET" }""");
        yield return Case("variables: enum list in and out", "query ($a: [Color]) { echoColors(value: $a) }", """{ "a": ["RED", null, "BLUE"] }""");
        yield return Case("variables: single enum as list", "query ($a: [Color]) { echoColors(value: $a) }", """{ "a": "GREEN" }""");
        yield return Case("variables: single int as list", "query ($a: [Int]) { echoIntList(value: $a) }", """{ "a": 5 }""");
        yield return Case("variables: single int as matrix", "query ($a: [[Int]]) { echoMatrix(value: $a) }", """{ "a": 5 }""");
        yield return Case("variables: list as matrix", "query ($a: [[Int]]) { echoMatrix(value: $a) }", """{ "a": [1, [2, 3], null] }""");
        yield return Case("variables: bad item in list", "query ($a: [Int]) { echoIntList(value: $a) }", """{ "a": [1, "2", 3] }""");
        yield return Case("variables: bad items in matrix", "query ($a: [[Int]]) { echoMatrix(value: $a) }", """{ "a": [[1, "x"], [true]] }""");
        yield return Case("variables: null item in strict list", "query ($a: [Int!]!) { echoStrictIntList(value: $a) }", """{ "a": [1, null] }""");
        yield return Case("variables: null strict list", "query ($a: [Int!]!) { echoStrictIntList(value: $a) }", """{ "a": null }""");
        yield return Case("variables: single null as strict list", "query ($a: [Int!]) { echoIntList(value: $a) }", """{ "a": null }""");
        yield return Case("variables: input object ok", "query ($a: ComplexInput) { echoComplex(value: $a) { requiredField nonNullField intField color points { x y } matrix stringListField } }", """{ "a": { "requiredField": true, "matrix": [[1], [2, 3]], "stringListField": "one" } }""");
        yield return Case("variables: input object not an object", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": "x" }""");
        yield return Case("variables: input object list", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": [{ "requiredField": true }] }""");
        yield return Case("variables: input object missing required field", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "intField": 1 } }""");
        yield return Case("variables: input object null required field", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": null } }""");
        yield return Case("variables: input object unknown field", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": true, "unknown": 1 } }""");
        yield return Case("variables: input object suggested field", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": true, "intFeld": 1 } }""");
        yield return Case("variables: input object nested errors", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": true, "nested": { "requiredField": "no", "points": [{ "x": 1 }, { "y": 2 }, { "x": "3" }] } } }""");
        yield return Case("variables: input object many errors", "query ($a: ComplexInput, $b: Int, $c: Color) { echoComplex(value: $a) { intField } echoInt(value: $b) echoColor(value: $c) }", """{ "a": { "intField": "x", "color": "PINK" }, "b": "y", "c": 3 }""");
        yield return Case("variables: input object explicit null field", "query ($a: ComplexInput) { echoComplex(value: $a) { intField color points { x } } }", """{ "a": { "requiredField": false, "intField": null, "color": null, "points": null } }""");
        yield return Case("variables: input object null for defaulted non-null field", "query ($a: ComplexInput) { echoComplex(value: $a) { nonNullField } }", """{ "a": { "requiredField": false, "nonNullField": null } }""");
        yield return Case("variables: point list single object", "query ($a: ComplexInput) { echoComplex(value: $a) { points { x y } } }", """{ "a": { "requiredField": true, "points": { "x": 4 } } }""");
        yield return Case("variables: custom scalar passes through", "query ($a: Instant) { echoInstant(value: $a) }", """{ "a": "2020-02-02T00:00:00Z" }""");
        yield return Case("variables: oneOf ok", "query ($a: PetFilter) { echoFilter(value: $a) { id name color } }", """{ "a": { "color": "RED" } }""");
        yield return Case("variables: oneOf two fields", "query ($a: PetFilter) { echoFilter(value: $a) { id } }", """{ "a": { "id": "1", "name": "Rex" } }""");
        yield return Case("variables: oneOf no field", "query ($a: PetFilter) { echoFilter(value: $a) { id } }", """{ "a": {} }""");
        yield return Case("variables: oneOf null field", "query ($a: PetFilter) { echoFilter(value: $a) { id } }", """{ "a": { "id": null } }""");
        yield return Case("variables: oneOf literal with variable", "query ($id: ID!) { echoFilter(value: {id: $id}) { id } }", """{ "id": "9" }""");
        yield return Case("variables: non-null variable into oneOf literal missing", "query ($id: ID!) { echoFilter(value: {id: $id}) { id } }");

        // Defaults.
        yield return Case("defaults: variable default used", "query ($a: Int = 7) { echoInt(value: $a) }");
        yield return Case("defaults: variable default overridden by null", "query ($a: Int = 7) { echoInt(value: $a) }", """{ "a": null }""");
        yield return Case("defaults: variable default overridden", "query ($a: Int = 7) { echoInt(value: $a) }", """{ "a": 8 }""");
        yield return Case("defaults: argument default", "{ echoDefaultString echoDefaultList echoPoint { x y } }");
        yield return Case("defaults: argument default with absent variable", "query ($v: String) { echoDefaultString(value: $v) }");
        yield return Case("defaults: argument default with null variable", "query ($v: String) { echoDefaultString(value: $v) }", """{ "v": null }""");
        yield return Case("defaults: argument explicit null", "{ echoDefaultString(value: null) echoDefaultList(value: null) }");
        yield return Case("defaults: input field defaults", "{ echoComplex(value: {requiredField: true}) { requiredField nonNullField color points { x y } } }");
        yield return Case("defaults: complex variable default", "query ($a: ComplexInput = {requiredField: true, matrix: [[1, 2], 3], color: BLUE}) { echoComplex(value: $a) { matrix color points { x y } } }");
        yield return Case("defaults: non-null variable with default missing", "query ($a: Int! = 3) { echoInt(value: $a) }");
        yield return Case("defaults: echo args", "{ echoArgs { a b c d e } }");
        yield return Case("defaults: echo args given", "{ echoArgs(a: 2, b: \"x\", c: 4, d: RED, e: true) { a b c d e } }");
        yield return Case("defaults: nullable variable into defaulted arg", "query ($a: Int) { echoArgs(a: $a) { a } }");

        // Literal coercion.
        yield return Case("literals: int as float", "{ echoFloat(value: 3) }");
        yield return Case("literals: list coercion of single values", "{ echoIntList(value: 1) echoMatrix(value: 2) echoColors(value: RED) }");
        yield return Case("literals: nested lists", "{ echoMatrix(value: [[1, null], null, [], [2]]) }");
        yield return Case("literals: escapes in strings", "{ echoString(value: \"tab\\tnl\\n quote\\\" slash\\/ back\\\\ \\u00e9 \\u{1F600} \\uD83D\\uDE00\") }");
        yield return Case("literals: block string", "{ echoString(value: \"\"\"\n    Hello,\n      World!\n\n    Yours\n  \"\"\") }");
        yield return Case("literals: ids", "{ a: echoID(value: 1) b: echoID(value: \"x\") c: echoID(value: -0) }");
        yield return Case("literals: floats", "{ a: echoFloat(value: 1e3) b: echoFloat(value: -0.0) c: echoFloat(value: 1.25E-2) d: echoFloat(value: 123456789012345678901234567890) }");
        yield return Case("literals: input object literal", "{ echoComplex(value: {requiredField: false, stringListField: \"x\", nested: {requiredField: true, intField: 3}, points: [{x: 1, y: 2}, {x: 3}], when: \"now\"}) { requiredField stringListField nested { requiredField intField } points { x y } when } }");
        yield return Case("literals: oneOf literal", "{ echoFilter(value: {name: \"Rex\"}) { id name color } }");

        // Output coercion (serialize).
        yield return Case("output: scalars", "{ hello int float bool id color colors when nonNullInt matrix }");
        yield return Case("output: int overflow", "{ int }", root: """{ "int": 3000000000 }""");
        yield return Case("output: int non-integral", "{ int }", root: """{ "int": 1.5 }""");
        yield return Case("output: integral float as int", "{ int }", root: """{ "int": 2.0 }""");
        yield return Case("output: string as int", "{ int }", root: """{ "int": "42" }""");
        yield return Case("output: bool as int", "{ int }", root: """{ "int": true }""");
        yield return Case("output: int as float", "{ float }", root: """{ "float": 3 }""");
        yield return Case("output: string as float", "{ float }", root: """{ "float": "1.5" }""");
        yield return Case("output: number as string", "{ hello }", root: """{ "hello": 5 }""");
        yield return Case("output: bool as string", "{ hello }", root: """{ "hello": true }""");
        yield return Case("output: object as string", "{ hello }", root: """{ "hello": { "a": 1 } }""");
        yield return Case("output: string as boolean", "{ bool }", root: """{ "bool": "true" }""");
        yield return Case("output: number as boolean", "{ bool }", root: """{ "bool": 1 }""");
        yield return Case("output: number as id", "{ id }", root: """{ "id": 7 }""");
        yield return Case("output: float as id", "{ id }", root: """{ "id": 7.5 }""");
        yield return Case("output: unknown enum value", "{ color }", root: """{ "color": "PURPLE" }""");
        yield return Case("output: enum from number", "{ color }", root: """{ "color": 1 }""");
        yield return Case("output: bad enum in list", "{ colors }", root: """{ "colors": ["RED", "PINK", "BLUE"] }""");
        yield return Case("output: non-list for list", "{ colors }", root: """{ "colors": "RED" }""");
        yield return Case("output: non-list for nested list", "{ matrix }", root: """{ "matrix": [1] }""");
        yield return Case("output: scalar for object", "{ dog { id name } }", root: """{ "dog": "Rex" }""");
        yield return Case("output: list for object", "{ dog { id } }", root: """{ "dog": [{ "id": "1" }] }""");
        yield return Case("output: custom scalar passes through", "{ when }", root: """{ "when": { "y": 2021 } }""");

        // Null propagation.
        yield return Case("nulls: non-null root field", "{ hello nonNullInt }", root: """{ "hello": "x", "nonNullInt": null }""");
        yield return Case("nulls: non-null item in nullable list", "{ matrix }", root: """{ "matrix": [[1, null], [2]] }""");
        yield return Case("nulls: non-null item in strict matrix", "{ strictMatrix hello }", root: """{ "strictMatrix": [[1], [2, null]], "hello": "x" }""");
        yield return Case("nulls: null inner list in strict matrix", "{ strictMatrix hello }", root: """{ "strictMatrix": [[1], null], "hello": "x" }""");
        yield return Case("nulls: null strict matrix", "{ strictMatrix hello }", root: """{ "strictMatrix": null, "hello": "x" }""");
        yield return Case("nulls: several errors in one list", "{ matrix }", root: """{ "matrix": [[null], [1, null], null] }""");
        yield return Case("nulls: non-null object field", "{ alien { id iq } }", root: """{ "alien": { "id": "a", "iq": null } }""");
        yield return Case("nulls: non-null in list of non-null objects", "{ human { friends { id name } } }", root: """{ "human": { "friends": [{ "id": "1", "name": "a" }, null] } }""");
        yield return Case("nulls: strict list of objects", "{ human { name strictFriends { id } } }", root: """{ "human": { "name": "a", "strictFriends": [{ "id": null }] } }""");
        yield return Case("nulls: strict beings", "{ strictBeings { ... on Alien { iq } } hello }", root: """{ "strictBeings": [{ "__typename": "Alien", "iq": null }], "hello": "x" }""");
        yield return Case("nulls: resolver error", "{ hello failHello int }");
        yield return Case("nulls: resolver error on non-null", "{ hello failNonNull }");
        yield return Case("nulls: aliased errors", "{ a: failHello b: failHello c: hello }");
        yield return Case("nulls: missing non-null tags", "{ dog { id tags } }", root: """{ "dog": { "id": "1" } }""");

        // Selection: aliases, fragments, directives, __typename.
        yield return Case("selection: aliases", "{ a: hello b: hello c: int dog { x: name y: name } }");
        yield return Case("selection: merged fields", "{ dog { name } dog { id name } ... on Query { dog { color } } }");
        yield return Case("selection: field order follows document", "{ int hello dog { color id } bool }");
        yield return Case("selection: typename", "{ __typename dog { __typename } a: __typename }");
        yield return Case("selection: mutation typename", "mutation { __typename echoString(value: \"m\") setColor(color: BLUE) }");
        yield return Case("selection: fragments on interfaces", "{ pet { __typename id ... on Cat { meowVolume lives } ... on Dog { barkVolume } ...PetName } } fragment PetName on Pet { name }");
        yield return Case("selection: fragments on unions", "{ beings { __typename ... on Node { id } ... on Human { name } ... on Alien { homePlanet } ... on Pet { name } } }");
        yield return Case("selection: fragments on nested interfaces", "{ named { __typename ... on Named { name } ... on Node { id } ... on Dog { tags } } node(id: \"1\") { id ... on Alien { iq } } }");
        yield return Case("selection: human with pets", "{ human { name born weight pets { __typename name ... on Dog { barkVolume } } friends { name } relatives { name } } }");
        yield return Case("selection: cat or dog", "{ catOrDog { __typename ... on Dog { name tags } ... on Cat { meowVolume } } }");
        yield return Case("selection: skip and include literals", "{ a: hello @skip(if: true) b: hello @skip(if: false) c: hello @include(if: true) d: hello @include(if: false) e: hello @skip(if: true) @include(if: true) f: hello @skip(if: false) @include(if: true) }");
        yield return Case("selection: skip and include variables", "query ($yes: Boolean!, $no: Boolean!) { a: hello @skip(if: $yes) b: hello @include(if: $yes) c: hello @include(if: $no) dog @include(if: $yes) { name @skip(if: $no) } }", """{ "yes": true, "no": false }""");
        yield return Case("selection: skip with default variable", "query ($s: Boolean = true) { a: hello @skip(if: $s) b: int }");
        yield return Case("selection: skip on fragments", "query ($s: Boolean!) { ... @skip(if: $s) { hello } ...F @include(if: $s) dog { ... on Dog @skip(if: $s) { name } id } } fragment F on Query { int }", """{ "s": true }""");
        yield return Case("selection: field skipped in one place included in another", "{ hello @skip(if: true) ... { hello } }");
        yield return Case("selection: empty result after skip", "{ hello @skip(if: true) }");
        yield return Case("selection: deprecated fields still resolve", "{ oldHello dog { nickname } }");
        yield return Case("selection: null abstract and list entries", "{ beings { __typename } }", root: """{ "beings": [null, { "__typename": "Cat" }] }""");

        // Abstract types that cannot be resolved.
        yield return Case("abstract: missing typename", "{ pet { name } }", root: """{ "pet": { "name": "x" } }""");
        yield return Case("abstract: typename not possible", "{ pet { name } }", root: """{ "pet": { "__typename": "Alien", "name": "x" } }""");
        yield return Case("abstract: typename unknown", "{ catOrDog { __typename } }", root: """{ "catOrDog": { "__typename": "Cow" } }""");
        yield return Case("abstract: typename of interface", "{ node(id: \"1\") { id } }", root: """{ "node": { "__typename": "Pet", "id": "1" } }""");

        // Errors inside lists and objects.
        yield return Case("errors: in list items", "{ human { friends { name failName } } }");
        yield return Case("errors: non-null in strict list items", "{ human { name strictFriends { failStrict } } hello }");
        yield return Case("errors: non-null in nullable list items", "{ human { friends { id failStrict } } }");
        yield return Case("errors: in nested lists", "{ human { relatives { name failName } } }");
        yield return Case("errors: in union members", "{ beings { ... on Human { failName } } }");
        yield return Case("errors: aliased in list", "{ human { friends { a: failName b: name } } }");

        // More variables.
        yield return Case("variables: extra variables are ignored", "query ($a: Int) { echoInt(value: $a) }", """{ "a": 1, "zzz": 2 }""");
        yield return Case("variables: nested input error path", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": true, "nested": { "requiredField": true, "nested": { "requiredField": false, "matrix": [[1], [2, "x"]] } } } }""");
        yield return Case("variables: null into non-null argument through defaulted variable", "query ($a: Int = 3) { echoNonNullInt(value: $a) }", """{ "a": null }""");
        yield return Case("variables: defaulted variable into non-null argument", "query ($a: Int = 3) { echoNonNullInt(value: $a) }");
        yield return Case("variables: null list item through defaulted variable", "query ($a: Int = 3) { echoStrictIntList(value: [1, $a]) }", """{ "a": null }""");
        yield return Case("variables: null input field through defaulted variable", "query ($a: Boolean = true) { echoComplex(value: { requiredField: $a }) { intField } }", """{ "a": null }""");
        yield return Case("variables: null nested list item through defaulted variable", "query ($a: Int = 3) { echoComplex(value: { requiredField: true, matrix: [[1], [$a]] }) { intField } }", """{ "a": null }""");
        yield return Case("variables: string for skip", "query ($s: Boolean!) { hello @skip(if: $s) }", """{ "s": "true" }""");
        yield return Case("variables: missing skip variable", "query ($s: Boolean!) { hello @skip(if: $s) }");
        yield return Case("variables: same variable in several places", "query ($a: Int, $c: Color) { x: echoInt(value: $a) y: echoArgs(a: $a, d: $c) { a d } z: echoIntList(value: [$a, 2, $a]) }", """{ "a": 5, "c": "BLUE" }""");
        yield return Case("variables: variable inside list literal absent", "query ($a: Int) { echoIntList(value: [1, $a]) }");
        yield return Case("variables: variable inside input literal absent", "query ($a: Int) { echoComplex(value: {requiredField: true, intField: $a}) { intField color } }");
        yield return Case("variables: variable inside input literal null", "query ($c: Color) { echoComplex(value: {requiredField: true, color: $c}) { color } }", """{ "c": null }""");
        yield return Case("variables: variable inside input literal absent keeps default", "query ($c: Color) { echoComplex(value: {requiredField: true, color: $c}) { color } }");
        yield return Case("variables: list of input objects", "query ($p: [Point!]) { echoComplex(value: {requiredField: true, points: $p}) { points { x y } } }", """{ "p": [{ "x": 1 }, { "x": 2, "y": 3 }] }""");
        yield return Case("variables: null in list of non-null input objects", "query ($p: [Point!]) { echoComplex(value: {requiredField: true, points: $p}) { points { x y } } }", """{ "p": [{ "x": 1 }, null] }""");
        yield return Case("variables: oneOf variable with null value field", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "name": null } }""");
        yield return Case("variables: oneOf variable unknown field", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "nick": "x" } }""");
        yield return Case("variables: oneOf two null fields", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "id": null, "name": null } }""");
        yield return Case("variables: oneOf bad enum field", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "color": "PINK" } }""");
        yield return Case("variables: oneOf good and bad field", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "id": "1", "color": "PINK" } }""");
        yield return Case("variables: oneOf unknown and null field", "query ($f: PetFilter) { echoFilter(value: $f) { name } }", """{ "f": { "nick": "x", "name": null } }""");
        yield return Case("variables: inside custom scalar literal", "query ($v: Int, $w: String) { echoInstant(value: {a: $v, b: [$v, $w], c: {d: $w}}) }", """{ "v": 1 }""");
        yield return Case("variables: inside custom scalar list literal", "query ($v: [Int], $w: Color) { echoInstant(value: [$v, $w, 3]) }", """{ "v": [1, 2], "w": "RED" }""");
        yield return Case("variables: deprecated input field given", "query ($a: ComplexInput) { echoComplex(value: $a) { requiredField } }", """{ "a": { "requiredField": true, "oldField": "x" } }""");

        // Introspection through ordinary queries.
        yield return Case("introspection: root types", "{ __schema { description queryType { name } mutationType { name } subscriptionType { name } } }");
        yield return Case("introspection: enum values", "{ __type(name: \"Color\") { name kind description enumValues { name description isDeprecated deprecationReason } all: enumValues(includeDeprecated: true) { name } } }");
        yield return Case("introspection: possible types and interfaces", "{ pet: __type(name: \"Pet\") { possibleTypes { name } interfaces { name } } being: __type(name: \"Being\") { possibleTypes { name } interfaces { name } } dog: __type(name: \"Dog\") { interfaces { name } possibleTypes { name } } }");
        yield return Case("introspection: input fields", "{ __type(name: \"ComplexInput\") { inputFields { name defaultValue } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason type { name kind ofType { name kind ofType { name kind } } } } } }");
        yield return Case("introspection: arguments", "{ __type(name: \"Query\") { fields { name args { name defaultValue } } echo: fields(includeDeprecated: true) { name isDeprecated args(includeDeprecated: true) { name isDeprecated deprecationReason } } } }");
        yield return Case("introspection: oneOf and specifiedBy", "{ f: __type(name: \"PetFilter\") { isOneOf } c: __type(name: \"ComplexInput\") { isOneOf } i: __type(name: \"Instant\") { specifiedByURL isOneOf } s: __type(name: \"String\") { specifiedByURL } }");
        yield return Case("introspection: directive locations", "{ __schema { directives { name locations } } }");
        yield return Case("introspection: directives", "{ __schema { directives { name isRepeatable args { name defaultValue type { name kind ofType { name kind ofType { name } } } } } } }");
        foreach (var type in new[] { "__Schema", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind" })
        {
            yield return Case($"introspection: the {type} type", $"{{ __type(name: \"{type}\") {{ name kind fields(includeDeprecated: true) {{ name args {{ name defaultValue type {{ name kind ofType {{ name kind }} }} }} type {{ name kind ofType {{ name kind ofType {{ name kind ofType {{ name }} }} }} }} }} enumValues(includeDeprecated: true) {{ name }} }} }}");
        }

        yield return Case("introspection: typename of introspection types", "{ __schema { __typename queryType { __typename fields { __typename type { __typename } } } } }");
        yield return Case("introspection: type of list and non-null", "{ __type(name: \"Query\") { fields { name type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }");

        // Fragments, aliases and merging.
        yield return Case("fragments: nested spreads", "{ ...Q } fragment Q on Query { human { ...H } } fragment H on Human { name pets { ...P } } fragment P on Pet { name ... on Dog { barkVolume } }");
        yield return Case("fragments: same field through fragments and aliases", "{ dog { ...A ...B name } } fragment A on Dog { name id } fragment B on Pet { id n: name }");
        yield return Case("fragments: same echo field with different aliases and arguments", "{ a: echoInt(value: 1) b: echoInt(value: 2) c: echoString(value: \"x\") a: echoInt(value: 1) }");
        yield return Case("fragments: inline without type condition", "{ ... { hello } ... @include(if: true) { int } ... @skip(if: true) { bool } }");
        yield return Case("fragments: typename in every place", "{ __typename beings { __typename ... on Human { __typename } ...B } } fragment B on Being { __typename }");
        yield return Case("fragments: mutation root fragment", "mutation { ...M } fragment M on Mutation { echoString(value: \"x\") setColor(color: RED) }", root: """{ "setColor": "GREEN" }""");

        // Values printed in variable errors.
        yield return Case("variables: printed values in errors", "query ($a: Int, $b: Int, $c: Int, $d: Int) { a: echoInt(value: $a) b: echoInt(value: $b) c: echoInt(value: $c) d: echoInt(value: $d) }", """{ "a": "tab\t nl\n quote\" é 😀 \u0001", "b": { "x": [1, { "y": null }], "z": "w" }, "c": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], "d": { "a": { "b": { "c": { "d": 1 } } } } }""");
        yield return Case("variables: enum suggestions from enum variables", "query ($e: Color) { echoColor(value: $e) }", """{ "e": "GREN" }""");
        yield return Case("variables: enum variable suggestions capped", "query ($e: Color) { echoColor(value: $e) }", """{ "e": "E" }""");
        yield return Case("variables: input field suggestions", "query ($a: ComplexInput) { echoComplex(value: $a) { intField } }", """{ "a": { "requiredField": true, "stringfield": "x", "Points": [] } }""");

        // Error order in the response.
        yield return Case("errors: order across siblings and depths", "{ a: human { failName friends { failName } } b: failHello c: human { relatives { failName } } }");
        yield return Case("errors: order with nested non-null", "{ human { friends { failName } strictFriends { failStrict } } failHello }");
        yield return Case("errors: order inside fragments", "{ ...F failHello human { ...H } } fragment F on Query { failHello2: failHello } fragment H on Human { failName }");

        // Depth beyond the server's limit (a hardened default; graphql-js has none).
        yield return Case("limits: sixteen levels deep", "{ human { friends { friends { friends { friends { friends { friends { friends { friends { friends { friends { friends { friends { friends { friends { name } } } } } } } } } } } } } } } }");

        // Operation selection.
        yield return Case("operations: named selection", "query A { hello } query B { int }", operationName: "B");
        yield return Case("operations: unknown name", "query A { hello } query B { int }", operationName: "C");
        yield return Case("operations: several without name", "query A { hello } query B { int }");
        yield return Case("operations: name for anonymous", "{ hello }", operationName: "A");
        yield return Case("operations: empty name", "{ hello }", operationName: "");
        yield return Case("operations: empty name among named", "query A { hello } query B { int }", operationName: "");
        yield return Case("operations: name differs in case", "query Hello { hello }", operationName: "hello");
        yield return Case("operations: fragments only", "fragment F on Query { hello }");
        yield return Case("operations: mutation", "mutation M($c: Color!) { setColor(color: $c) }", """{ "c": "RED" }""", root: """{ "setColor": "BLUE" }""");

        // Arguments of fields reading the root value are ignored by the default resolver.
        yield return Case("arguments: deprecated argument accepted", "{ echoArgs(old: \"x\") { a } }");
        yield return Case("arguments: introspection meta fields", "{ __type(name: \"Dog\") { name kind interfaces { name } } t: __type(name: \"Nope\") { name } }");
    }

    private static ConformanceCase Case(string name, string query, string? variables = null, string root = Root, string? operationName = null)
        => new(CaseKind.Execution, name, KitchenSinkSchema.Sdl, query) { Variables = variables, RootValue = root, OperationName = operationName };
}
