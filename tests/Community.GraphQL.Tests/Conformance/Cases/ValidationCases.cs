namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>Invalid documents, several per validation rule, against the kitchen-sink schema.</summary>
internal static class ValidationCases
{
    private static readonly (string Rule, string Name, string Document)[] Documents =
    [
        ("ExecutableDefinitions", "type definition", "{ hello } type Foo { a: Int }"),
        ("ExecutableDefinitions", "schema definition", "{ hello } schema { query: Query }"),
        ("ExecutableDefinitions", "type extension", "{ hello } extend type Dog { b: Int }"),
        ("ExecutableDefinitions", "directive definition", "directive @x on FIELD { hello }"),
        ("ExecutableDefinitions", "schema extension", "extend schema @onQuery query { hello }"),

        ("UniqueOperationNames", "two queries", "query A { hello } query A { int }"),
        ("UniqueOperationNames", "query and mutation", "query A { hello } mutation A { setColor(color: RED) }"),
        ("UniqueOperationNames", "three operations", "query A { hello } query A { int } query A { bool }"),

        ("LoneAnonymousOperation", "anonymous and named", "{ hello } query A { int }"),
        ("LoneAnonymousOperation", "two anonymous", "{ hello } { int }"),
        ("LoneAnonymousOperation", "anonymous mutation and query", "{ hello } mutation { setColor(color: RED) }"),

        ("SingleFieldSubscriptions", "two fields", "subscription S { hello dog { id } }"),
        ("SingleFieldSubscriptions", "introspection field", "subscription S { __typename }"),
        ("SingleFieldSubscriptions", "two fields through fragment", "subscription S { ...F } fragment F on Subscription { hello dog { id } }"),
        ("SingleFieldSubscriptions", "anonymous two fields", "subscription { hello dog { id } }"),

        ("KnownTypeNames", "unknown variable type", "query ($a: Unknown) { echoInt(value: $a) }"),
        ("KnownTypeNames", "unknown fragment type", "fragment F on Unknown { id } { dog { ...F } }"),
        ("KnownTypeNames", "unknown inline fragment type", "{ dog { ... on Doge { id } } }"),
        ("KnownTypeNames", "suggested type", "query ($a: Strin) { echoString(value: $a) }"),
        ("KnownTypeNames", "unknown list type", "query ($a: [Colour!]) { echoColors(value: $a) }"),

        ("FragmentsOnCompositeTypes", "fragment on scalar", "fragment F on String { length } { hello ...F }"),
        ("FragmentsOnCompositeTypes", "fragment on enum", "fragment F on Color { x } { ...F }"),
        ("FragmentsOnCompositeTypes", "inline on input", "{ dog { ... on Point { x } } }"),
        ("FragmentsOnCompositeTypes", "inline on scalar", "{ dog { ... on Boolean { x } } }"),

        ("VariablesAreInputTypes", "object type variable", "query ($a: Dog) { hello }"),
        ("VariablesAreInputTypes", "interface list variable", "query ($a: [Pet!]) { hello }"),
        ("VariablesAreInputTypes", "union non-null variable", "query ($a: CatOrDog!) { hello }"),

        ("ScalarLeafs", "selection on scalar", "{ hello { length } }"),
        ("ScalarLeafs", "selection on enum", "{ dog { color { name } } }"),
        ("ScalarLeafs", "missing selection on object", "{ dog }"),
        ("ScalarLeafs", "missing selection on list of interfaces", "{ human { pets } }"),
        ("ScalarLeafs", "missing selection on union", "{ catOrDog }"),
        ("ScalarLeafs", "selection on scalar with arguments", "{ dog { doesKnowCommand(dogCommand: SIT) { x } } }"),

        ("FieldsOnCorrectType", "unknown field", "{ dog { meowVolume } }"),
        ("FieldsOnCorrectType", "typo suggestion", "{ dog { nmae } }"),
        ("FieldsOnCorrectType", "field on union", "{ catOrDog { name } }"),
        ("FieldsOnCorrectType", "field on interface suggests types", "{ pet { barkVolume } }"),
        ("FieldsOnCorrectType", "unknown root field", "{ helo }"),
        ("FieldsOnCorrectType", "unknown mutation field", "mutation { setColour(color: RED) }"),
        ("FieldsOnCorrectType", "aliased unknown field", "{ dog { volume: mooVolume } }"),
        ("FieldsOnCorrectType", "field on being union", "{ beings { id } }"),
        ("FieldsOnCorrectType", "meta field on wrong place", "{ dog { __schema { queryType { name } } } }"),

        ("UniqueFragmentNames", "two fragments", "{ dog { ...F } } fragment F on Dog { id } fragment F on Dog { name }"),
        ("UniqueFragmentNames", "three fragments", "{ dog { ...F } } fragment F on Dog { id } fragment F on Dog { name } fragment F on Dog { color }"),

        ("KnownFragmentNames", "unknown spread", "{ dog { ...Missing } }"),
        ("KnownFragmentNames", "unknown nested spread", "{ dog { ...F } } fragment F on Dog { owner { ...G } }"),

        ("NoUnusedFragments", "unused fragment", "{ hello } fragment F on Dog { id }"),
        ("NoUnusedFragments", "unused chain", "{ hello } fragment F on Dog { ...G } fragment G on Dog { id }"),

        ("PossibleFragmentSpreads", "dog into cat", "{ cat { ... on Dog { id } } }"),
        ("PossibleFragmentSpreads", "named dog into cat", "{ cat { ...D } } fragment D on Dog { id }"),
        ("PossibleFragmentSpreads", "alien into pet", "{ pet { ... on Alien { id } } }"),
        ("PossibleFragmentSpreads", "human into catOrDog", "{ catOrDog { ... on Human { id } } }"),
        ("PossibleFragmentSpreads", "union into union", "{ catOrDog { ...B } } fragment B on Being { ... on Human { id } } fragment X on CatOrDog { ... on Alien { id } }"),
        ("PossibleFragmentSpreads", "interface into object", "{ alien { ... on Pet { id } } }"),

        ("NoFragmentCycles", "self spread", "{ dog { ...F } } fragment F on Dog { ...F }"),
        ("NoFragmentCycles", "two step cycle", "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }"),
        ("NoFragmentCycles", "deep cycle", "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...C } fragment C on Dog { owner { pets { ... on Dog { ...A } } } }"),
        ("NoFragmentCycles", "cycle in inline fragment", "{ dog { ...A } } fragment A on Dog { ... on Dog { ...A } }"),

        ("UniqueVariableNames", "two variables", "query ($a: Int, $a: Int) { echoInt(value: $a) }"),
        ("UniqueVariableNames", "three variables", "query ($a: Int, $a: String, $a: Int) { echoInt(value: $a) }"),

        ("NoUndefinedVariables", "undefined", "query Q { echoInt(value: $a) }"),
        ("NoUndefinedVariables", "anonymous undefined", "{ echoInt(value: $a) }"),
        ("NoUndefinedVariables", "undefined in fragment", "query Q { ...F } fragment F on Query { echoInt(value: $a) }"),
        ("NoUndefinedVariables", "undefined in nested input", "query Q { echoComplex(value: {requiredField: true, nested: {requiredField: $b}}) { intField } }"),
        ("NoUndefinedVariables", "undefined in directive", "query Q($a: Boolean!) { hello @skip(if: $a) int @include(if: $b) }"),
        ("NoUndefinedVariables", "fragment used by two operations", "query A($a: Int) { ...F } query B { ...F } fragment F on Query { echoInt(value: $a) }"),

        ("NoUnusedVariables", "unused", "query Q($a: Int) { hello }"),
        ("NoUnusedVariables", "anonymous unused", "query ($a: Int, $b: Int) { echoInt(value: $b) }"),
        ("NoUnusedVariables", "used only by other operation's fragment", "query A($a: Int) { ...F } query B($a: Int) { hello } fragment F on Query { echoInt(value: $a) }"),

        ("KnownDirectives", "unknown directive", "{ hello @unknown }"),
        ("KnownDirectives", "misplaced include on operation", "query Q @include(if: true) { hello }"),
        ("KnownDirectives", "misplaced onQuery on field", "{ hello @onQuery }"),
        ("KnownDirectives", "misplaced onMutation on query", "query @onMutation { hello }"),
        ("KnownDirectives", "misplaced onField on fragment", "{ ...F } fragment F on Query @onField { hello }"),
        ("KnownDirectives", "misplaced onFragment on variable", "query ($a: Int @onFragment) { echoInt(value: $a) }"),
        ("KnownDirectives", "misplaced onVariable on inline fragment", "{ ... @onVariable { hello } }"),
        ("KnownDirectives", "deprecated on field", "{ hello @deprecated }"),

        ("UniqueDirectivesPerLocation", "repeated skip", "{ hello @skip(if: false) @skip(if: false) }"),
        ("UniqueDirectivesPerLocation", "repeated on fragment", "{ ...F } fragment F on Query @onFragment @onFragment { hello }"),
        ("UniqueDirectivesPerLocation", "repeatable allowed, other repeated", "{ hello @cached @cached @onField @onField }"),
        ("UniqueDirectivesPerLocation", "three includes", "{ hello @include(if: true) @include(if: true) @include(if: true) }"),

        ("KnownArgumentNames", "unknown field argument", "{ dog { name(lower: true) } }"),
        ("KnownArgumentNames", "suggested field argument", "{ dog { isHouseTrained(atOtherHome: true) } }"),
        ("KnownArgumentNames", "unknown directive argument", "{ hello @skip(unless: true) }"),
        ("KnownArgumentNames", "suggested directive argument", "{ hello @onField(tags: \"x\") }"),
        ("KnownArgumentNames", "argument on field without arguments", "{ hello(x: 1) }"),

        ("UniqueArgumentNames", "field argument twice", "{ echoInt(value: 1, value: 2) }"),
        ("UniqueArgumentNames", "directive argument twice", "{ hello @include(if: true, if: false) }"),
        ("UniqueArgumentNames", "three times", "{ echoArgs(a: 1, a: 2, a: 3) { a } }"),

        ("ValuesOfCorrectType", "string for int", "{ echoInt(value: \"1\") }"),
        ("ValuesOfCorrectType", "float for int", "{ echoInt(value: 1.5) }"),
        ("ValuesOfCorrectType", "int overflow", "{ echoInt(value: 2147483648) }"),
        ("ValuesOfCorrectType", "int underflow", "{ echoInt(value: -2147483649) }"),
        ("ValuesOfCorrectType", "huge int", "{ echoInt(value: 123456789012345678901234567890) }"),
        ("ValuesOfCorrectType", "int for string", "{ echoString(value: 1) }"),
        ("ValuesOfCorrectType", "enum for string", "{ echoString(value: RED) }"),
        ("ValuesOfCorrectType", "bool for string", "{ echoString(value: true) }"),
        ("ValuesOfCorrectType", "string for boolean", "{ echoBoolean(value: \"true\") }"),
        ("ValuesOfCorrectType", "int for boolean", "{ echoBoolean(value: 1) }"),
        ("ValuesOfCorrectType", "float for id", "{ echoID(value: 1.5) }"),
        ("ValuesOfCorrectType", "bool for id", "{ echoID(value: true) }"),
        ("ValuesOfCorrectType", "string for float", "{ echoFloat(value: \"1.5\") }"),
        ("ValuesOfCorrectType", "huge float", "{ echoFloat(value: 1e400) }"),
        ("ValuesOfCorrectType", "string for enum", "{ echoColor(value: \"RED\") }"),
        ("ValuesOfCorrectType", "unknown enum value", "{ echoColor(value: PURPLE) }"),
        ("ValuesOfCorrectType", "enum value wrong case", "{ echoColor(value: red) }"),
        ("ValuesOfCorrectType", "true as enum", "{ echoColor(value: true) }"),
        ("ValuesOfCorrectType", "null as enum value name", "{ dog { doesKnowCommand(dogCommand: null) } }"),
        ("ValuesOfCorrectType", "int for enum", "{ echoColor(value: 1) }"),
        ("ValuesOfCorrectType", "wrong enum type", "{ dog { doesKnowCommand(dogCommand: RED) } }"),
        ("ValuesOfCorrectType", "bad item in list", "{ echoIntList(value: [1, \"2\", 3]) }"),
        ("ValuesOfCorrectType", "null item in non-null list", "{ echoStrictIntList(value: [1, null]) }"),
        ("ValuesOfCorrectType", "null for non-null list", "{ echoStrictIntList(value: null) }"),
        ("ValuesOfCorrectType", "nested list wrong depth", "{ echoMatrix(value: [[1], [\"x\"]]) }"),
        ("ValuesOfCorrectType", "object for int", "{ echoInt(value: {a: 1}) }"),
        ("ValuesOfCorrectType", "list for int", "{ echoInt(value: [1]) }"),
        ("ValuesOfCorrectType", "scalar for input object", "{ echoComplex(value: 1) { intField } }"),
        ("ValuesOfCorrectType", "list for input object", "{ echoComplex(value: [{requiredField: true}]) { intField } }"),
        ("ValuesOfCorrectType", "missing required input field", "{ echoComplex(value: {intField: 1}) { intField } }"),
        ("ValuesOfCorrectType", "null required input field", "{ echoComplex(value: {requiredField: null}) { intField } }"),
        ("ValuesOfCorrectType", "unknown input field", "{ echoComplex(value: {requiredField: true, unknownField: 1}) { intField } }"),
        ("ValuesOfCorrectType", "suggested input field", "{ echoComplex(value: {requiredField: true, intFeld: 1}) { intField } }"),
        ("ValuesOfCorrectType", "nested bad input field", "{ echoComplex(value: {requiredField: true, nested: {requiredField: 1}}) { intField } }"),
        ("ValuesOfCorrectType", "bad point in list", "{ echoComplex(value: {requiredField: true, points: [{x: 1}, {y: 2}]}) { intField } }"),
        ("ValuesOfCorrectType", "bad matrix item", "{ echoComplex(value: {requiredField: true, matrix: [[1, null]]}) { intField } }"),
        ("ValuesOfCorrectType", "custom scalar accepts anything", "{ echoInstant(value: {not: \"checked\"}) }"),
        ("ValuesOfCorrectType", "oneOf with two fields", "{ echoFilter(value: {id: \"1\", name: \"Rex\"}) { id } }"),
        ("ValuesOfCorrectType", "oneOf with no field", "{ echoFilter(value: {}) { id } }"),
        ("ValuesOfCorrectType", "oneOf with null field", "{ echoFilter(value: {id: null}) { id } }"),
        ("ValuesOfCorrectType", "oneOf with nullable variable", "query ($id: ID) { echoFilter(value: {id: $id}) { id } }"),
        ("ValuesOfCorrectType", "oneOf with bad enum", "{ echoFilter(value: {color: PINK}) { id } }"),
        ("ValuesOfCorrectType", "bad variable default", "query ($a: Int = \"one\") { echoInt(value: $a) }"),
        ("ValuesOfCorrectType", "bad input variable default", "query ($a: ComplexInput = {intField: 1}) { echoComplex(value: $a) { intField } }"),
        ("ValuesOfCorrectType", "bad list variable default", "query ($a: [Int] = [\"x\"]) { echoIntList(value: $a) }"),
        ("ValuesOfCorrectType", "bad directive argument", "{ hello @include(if: \"yes\") }"),
        ("ValuesOfCorrectType", "null directive argument", "{ hello @skip(if: null) }"),
        ("ValuesOfCorrectType", "several bad values", "{ echoArgs(a: \"x\", b: 1, c: [true], d: red, e: 0) { a } }"),

        ("ProvidedRequiredArguments", "missing field argument", "{ dog { doesKnowCommand } }"),
        ("ProvidedRequiredArguments", "missing root argument", "{ node { id } }"),
        ("ProvidedRequiredArguments", "missing directive argument", "{ hello @include }"),
        ("ProvidedRequiredArguments", "missing skip argument", "{ hello @skip }"),
        ("ProvidedRequiredArguments", "missing non-null echo", "{ echoNonNullInt }"),

        ("VariablesInAllowedPosition", "nullable into non-null", "query ($a: Int) { echoNonNullInt(value: $a) }"),
        ("VariablesInAllowedPosition", "string into int", "query ($a: String) { echoInt(value: $a) }"),
        ("VariablesInAllowedPosition", "list into item", "query ($a: [Int]) { echoInt(value: $a) }"),
        ("VariablesInAllowedPosition", "item into list of lists", "query ($a: [Int]) { echoMatrix(value: $a) }"),
        ("VariablesInAllowedPosition", "nullable into skip", "query ($a: Boolean) { hello @skip(if: $a) }"),
        ("VariablesInAllowedPosition", "nullable items into strict list", "query ($a: [Int]!) { echoStrictIntList(value: $a) }"),
        ("VariablesInAllowedPosition", "into input field", "query ($a: String) { echoComplex(value: {requiredField: $a}) { intField } }"),
        ("VariablesInAllowedPosition", "through fragment", "query ($a: Int) { ...F } fragment F on Query { echoNonNullInt(value: $a) }"),
        ("VariablesInAllowedPosition", "enum into string", "query ($a: Color) { echoString(value: $a) }"),
        ("VariablesInAllowedPosition", "id into int", "query ($a: ID) { echoInt(value: $a) }"),

        ("OverlappingFieldsCanBeMerged", "same alias different fields", "{ dog { n: name n: nickname } }"),
        ("OverlappingFieldsCanBeMerged", "same field different arguments", "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }"),
        ("OverlappingFieldsCanBeMerged", "argument and no argument", "{ dog { isHouseTrained isHouseTrained(atOtherHomes: true) } }"),
        ("OverlappingFieldsCanBeMerged", "different variables", "query ($a: Boolean, $b: Boolean) { dog { isHouseTrained(atOtherHomes: $a) isHouseTrained(atOtherHomes: $b) } }"),
        ("OverlappingFieldsCanBeMerged", "conflict through fragments", "{ dog { ...A ...B } } fragment A on Dog { x: name } fragment B on Dog { x: barkVolume }"),
        ("OverlappingFieldsCanBeMerged", "deep conflict", "{ human { friends { x: name } friends { x: id } } }"),
        ("OverlappingFieldsCanBeMerged", "different return types on union members", "{ beings { ... on Dog { v: barkVolume } ... on Alien { v: homePlanet } } }"),
        ("OverlappingFieldsCanBeMerged", "nullability differs on union members", "{ beings { ... on Alien { x: iq } ... on Dog { x: barkVolume } } }"),
        ("OverlappingFieldsCanBeMerged", "list and non-list on members", "{ beings { ... on Dog { x: tags } ... on Cat { x: name } } }"),
        ("OverlappingFieldsCanBeMerged", "same object type different fields via inline fragments", "{ dog { ... on Dog { x: name } ... on Pet { x: nickname } } }"),
        ("OverlappingFieldsCanBeMerged", "several conflicts", "{ dog { a: name a: barkVolume b: id b: color } }"),
        ("OverlappingFieldsCanBeMerged", "conflict inside aliased parents", "{ a: dog { x: name } a: dog { x: id } }"),
        ("OverlappingFieldsCanBeMerged", "conflict between fragment and field", "{ dog { x: name ...F } } fragment F on Dog { x: color }"),
        ("OverlappingFieldsCanBeMerged", "different directive argument values allowed, arguments not", "{ dog { name @onField(tag: \"a\") name(upper: true) } }"),

        ("OverlappingFieldsCanBeMerged", "nested subfield conflict reasons", "{ human { friends { pets { x: name } } friends { pets { x: id } } } }"),
        ("OverlappingFieldsCanBeMerged", "several nested subfield conflicts", "{ human { friends { a: name b: id } friends { a: id b: name } } }"),
        ("OverlappingFieldsCanBeMerged", "conflict between two fragments nested", "{ human { ...A ...B } } fragment A on Human { friends { x: name } } fragment B on Human { friends { x: id } }"),
        ("OverlappingFieldsCanBeMerged", "conflict in fragment spread twice", "{ dog { ...A } cat { ...B } } fragment A on Dog { x: name x: barkVolume } fragment B on Cat { y: name y: meowVolume }"),
        ("OverlappingFieldsCanBeMerged", "alias shadows field name", "{ dog { name: nickname name } }"),
        ("OverlappingFieldsCanBeMerged", "list depth differs", "{ beings { ... on Human { x: relatives { id } } ... on Dog { x: owner { id } } } }"),
        ("OverlappingFieldsCanBeMerged", "enum and scalar", "{ beings { ... on Dog { x: color } ... on Cat { x: name } } }"),
        ("OverlappingFieldsCanBeMerged", "same enum type different objects is fine but args differ", "{ beings { ... on Dog { name(upper: true) } ... on Dog { name } } }"),
        ("OverlappingFieldsCanBeMerged", "conflict with aliased root", "{ x: hello x: int }"),
        ("OverlappingFieldsCanBeMerged", "conflicting arguments on root echo", "{ echoInt(value: 1) echoInt(value: 2) }"),
        ("OverlappingFieldsCanBeMerged", "argument value versus variable", "query ($v: Int) { echoInt(value: 1) echoInt(value: $v) }"),
        ("OverlappingFieldsCanBeMerged", "object arguments differ", "{ echoPoint(value: {x: 1}) { x } echoPoint(value: {x: 2}) { y } }"),
        ("OverlappingFieldsCanBeMerged", "deep three levels", "{ human { friends { friends { x: name } } } human { friends { friends { x: id } } } }"),

        ("ValuesOfCorrectType", "nested list of input objects", "{ echoComplex(value: {requiredField: true, nested: {requiredField: true, points: [{x: 1}, {x: null}]}}) { intField } }"),
        ("ValuesOfCorrectType", "custom scalar with variable inside", "query ($v: Int) { echoInstant(value: {a: $v}) }"),
        ("ValuesOfCorrectType", "oneOf nested in list", "{ echoFilter(value: {id: [\"1\"]}) { id } }"),
        ("ValuesOfCorrectType", "enum with deprecated value", "{ echoColor(value: VIOLET) }"),
        ("ValuesOfCorrectType", "float overflow int in list", "{ echoIntList(value: [1, 99999999999]) }"),
        ("ValuesOfCorrectType", "string for nested input object", "{ echoComplex(value: {requiredField: true, nested: \"x\"}) { intField } }"),
        ("ValuesOfCorrectType", "duplicate input fields", "{ echoComplex(value: {requiredField: true, requiredField: false}) { intField } }"),
        ("VariablesInAllowedPosition", "nullable with default into non-null", "query ($a: Int = 1) { echoNonNullInt(value: $a) }"),
        ("VariablesInAllowedPosition", "nullable null default into non-null", "query ($a: Int = null) { echoNonNullInt(value: $a) }"),
        ("VariablesInAllowedPosition", "nullable into oneOf field", "query ($a: String) { echoFilter(value: {name: $a}) { id } }"),
        ("VariablesInAllowedPosition", "into directive through fragment", "query ($a: Boolean) { ...F } fragment F on Query { hello @include(if: $a) }"),
        ("NoUnusedVariables", "variable used only in own default is not possible", "query ($a: Int, $b: Int = 1) { echoInt(value: $a) }"),
        ("NoUndefinedVariables", "variable in nested fragment of second operation", "query A($a: Int) { ...F } query B { ...F } fragment F on Query { ...G } fragment G on Query { echoInt(value: $a) }"),
        ("KnownArgumentNames", "argument of deprecated name suggested", "{ echoArgs(ol: \"x\") { a } }"),
        ("ScalarLeafs", "selection on custom scalar", "{ when { year } }"),
        ("FieldsOnCorrectType", "interface field suggestion order", "{ named { barkVolume meowVolume } }"),
        ("FieldsOnCorrectType", "typename on scalar", "{ hello { __typename } }"),

        ("ValuesOfCorrectType", "string with escapes printed", "{ echoInt(value: \"tab\\t nl\\n quote\\\" back\\\\ \\u0001 \\u007F \\u0085 é 😀 \\u{1F600}\") }"),
        ("ValuesOfCorrectType", "block string printed", "{ echoInt(value: \"\"\"\n  block \\\"\"\"\n  text\n\"\"\") }"),
        ("ValuesOfCorrectType", "nested object printed", "{ echoInt(value: {a: [1, {b: \"c\", d: null}], e: RED, f: 1.5e10, g: true}) }"),
        ("ValuesOfCorrectType", "object with block string printed", "{ echoComplex(value: {requiredField: true, intField: {s: \"\"\"x\"\"\"}}) { intField } }"),
        ("ValuesOfCorrectType", "long list printed", "{ echoInt(value: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]) }"),
        ("ValuesOfCorrectType", "empty list and object printed", "{ a: echoInt(value: []) b: echoInt(value: {}) }"),

        ("MetaFields", "argument on typename", "{ __typename(x: 1) }"),
        ("MetaFields", "argument on types", "{ __schema { types(x: 1) { name } } }"),
        ("MetaFields", "type without name", "{ __type { name } }"),
        ("MetaFields", "type with int name", "{ __type(name: 1) { name } }"),
        ("MetaFields", "type on non-root", "{ dog { __type(name: \"Dog\") { name } } }"),
        ("MetaFields", "schema on non-root", "{ dog { __schema { types { name } } } }"),
        ("MetaFields", "typename with selection", "{ __typename { name } }"),
        ("MetaFields", "type without selection", "{ __type(name: \"Dog\") }"),
        ("MetaFields", "unknown introspection field", "{ __schema { typez { name } } }"),
        ("MetaFields", "fields with bad includeDeprecated", "{ __type(name: \"Dog\") { fields(includeDeprecated: \"yes\") { name } } }"),

        ("MaxIntrospectionDepth", "deep fields of", "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"),
        ("MaxIntrospectionDepth", "deep interfaces", "{ __type(name: \"Dog\") { interfaces { interfaces { interfaces { interfaces { name } } } } } }"),

        ("Multiple", "many rules at once", "query Q($unused: Int, $a: Strin) { dog { nmae ...Missing doesKnowCommand @skip } hello { x } } fragment Unused on Cat { lives }"),
        ("Multiple", "unknown argument and missing required argument", "{ dog { doesKnowCommand(command: SIT) } }"),
    ];

    /// <summary>A schema of near-identical names, for the order and number of "Did you mean" suggestions.</summary>
    private const string SuggestionSdl = """
        interface Animal { name: String }
        type Cat implements Animal { name: String purr: Int }
        type Dog implements Animal { name: String bark: Int }
        type Cow implements Animal { name: String moo: Int }
        interface Pet { name: String }
        type Ant implements Animal { name: String }
        type Query {
          ab: Int
          Ab: Int
          aB: Int
          AB: Int
          abc: Int
          abd: Int
          abe: Int
          b_a: Int
          animal: Animal
          zoo(ab: Int, Ab: Int, aB: Int, AB: Int, abc: Int, abd: Int, abe: Int): Int
          e(v: E): Int
        }
        enum E { ab Ab aB AB abc abd abe }
        """;

    private static readonly (string Name, string Document)[] SuggestionDocuments =
    [
        ("field suggestions tie on case", "{ abb }"),
        ("field suggestions capped at five", "{ ab_ }"),
        ("field suggestions with underscore", "{ ba }"),
        ("argument suggestions tie on case", "{ zoo(abb: 1) }"),
        ("enum suggestions tie on case", "{ e(v: abb) }"),
        ("type suggestions for interface field", "{ animal { purr moo bark } }"),
        ("unknown type suggestions", "query ($v: Abb) { ab }"),
        ("unknown fragment type suggestions", "{ animal { ... on Dgo { name } } }"),
    ];

    public static IEnumerable<ConformanceCase> All()
        => Documents.Select(d => new ConformanceCase(CaseKind.Validation, $"{d.Rule}: {d.Name}", KitchenSinkSchema.Sdl, d.Document) { RootValue = KitchenSinkSchema.Root })
            .Concat(SuggestionDocuments.Select(d => new ConformanceCase(CaseKind.Validation, "suggestions: " + d.Name, SuggestionSdl, d.Document)));
}
