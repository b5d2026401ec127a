namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>
/// Cases generated from small tables: every input type given every kind of literal and every kind
/// of JSON variable value, every output type given every kind of resolved value, nulls at every
/// depth of nested lists, and every ASCII character where a token may start.
/// </summary>
internal static class GeneratedCases
{
    /// <summary>The variable type of each input type the matrices cover, and the echo field taking it.</summary>
    private static readonly (string Type, string Field)[] InputTypes =
    [
        ("Int", "echoInt"),
        ("Float", "echoFloat"),
        ("String", "echoString"),
        ("Boolean", "echoBoolean"),
        ("ID", "echoID"),
        ("Color", "echoColor"),
        ("Instant", "echoInstant"),
        ("[Int]", "echoIntList"),
        ("[Int!]!", "echoStrictIntList"),
        ("[[Int]]", "echoMatrix"),
        ("[Color]", "echoColors"),
    ];

    private static readonly string[] Literals =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649", "1.0", "1.5", "-0.0", "1e3", "1E-2",
        "\"\"", "\"text\"", "\"1\"", "\"RED\"", "true", "false", "null", "RED", "red", "BLUE", "[]", "[1]", "[1, null]",
        "[[1], [2, null]]", "[\"a\", 1]", "{}", "{a: 1}", "[RED, GREEN]",
    ];

    private static readonly string[] JsonValues =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483649", "9007199254740993", "1.0", "1.5", "-0.0", "1e3", "1e300",
        "\"\"", "\"text\"", "\"1\"", "\"1.5\"", "\"RED\"", "\"red\"", "\"VIOLET\"", "true", "false", "null",
        "[]", "[1]", "[1, null]", "[[1], [2, null]]", "[\"a\", 1]", "[\"RED\", \"GREEN\"]", "{}", "{\"a\": 1}",
    ];

    /// <summary>Root fields of every output scalar and enum, and lists of them.</summary>
    private static readonly string[] OutputFields = ["int", "float", "hello", "bool", "id", "color", "when", "colors", "matrix"];

    private static readonly string[] ResolvedValues =
    [
        "0", "-1", "2147483647", "2147483648", "-2147483649", "1.0", "1.5", "-0.0", "1e3", "1e300",
        "\"\"", "\"text\"", "\"12\"", "\"1.5\"", "\"RED\"", "\"red\"", "true", "false", "null",
        "[]", "[1, 2]", "[\"RED\", null]", "[[1], null, [null]]", "{}", "{\"a\": 1}",
    ];

    private const string NestedListSdl = """
        type Query {
          a: [[Int]]
          b: [[Int!]]
          c: [[Int]!]
          d: [[Int!]!]
          e: [[Int]]!
          f: [[Int!]]!
          g: [[Int]!]!
          h: [[Int!]!]!
          sibling: Int
        }
        """;

    private static readonly string[] NestedListValues =
    [
        "null", "[]", "[null]", "[[]]", "[[null]]", "[[1, null], [2]]", "[[1], null]", "[[1], [null, 2], null]", "[[1, 2], [3]]", "5", "[5]",
    ];

    /// <summary>Variable types tried in every argument position (with and without a default).</summary>
    private static readonly string[] VariableTypes =
    [
        "Int", "Int!", "[Int]", "[Int!]", "[Int]!", "[Int!]!", "[[Int]]", "Float", "Float!", "String", "ID", "ID!", "Color", "Boolean!", "Instant",
    ];

    private static readonly (string Field, string Argument)[] ArgumentPositions =
    [
        ("echoInt", "value"), ("echoNonNullInt", "value"), ("echoIntList", "value"), ("echoStrictIntList", "value"),
        ("echoMatrix", "value"), ("echoFloat", "value"), ("echoID", "value"), ("echoString", "value"), ("echoInstant", "value"),
    ];

    /// <summary>Fields of ComplexInput and values, literal and JSON, that each field refuses or accepts.</summary>
    private static readonly (string Field, string Literal, string Json)[] InputFieldValues =
    [
        ("requiredField", "null", "null"), ("requiredField", "\"yes\"", "\"yes\""), ("requiredField", "[true]", "[true]"),
        ("nonNullField", "null", "null"), ("nonNullField", "1", "1"),
        ("intField", "1.5", "1.5"), ("intField", "2147483648", "2147483648"), ("intField", "[1]", "[1]"),
        ("stringField", "1", "1"), ("stringField", "[\"a\"]", "[\"a\"]"),
        ("booleanField", "0", "0"),
        ("stringListField", "\"one\"", "\"one\""), ("stringListField", "[\"a\", null, 1]", "[\"a\", null, 1]"),
        ("matrix", "1", "1"), ("matrix", "[1, [2]]", "[1, [2]]"), ("matrix", "[[null]]", "[[null]]"), ("matrix", "[[1], null]", "[[1], null]"),
        ("nested", "{}", "{}"), ("nested", "{requiredField: true, nested: {intField: 1}}", "{\"requiredField\": true, \"nested\": {\"intField\": 1}}"),
        ("color", "null", "null"), ("color", "PINK", "\"PINK\""), ("color", "\"RED\"", "\"RED\""),
        ("points", "{x: 1}", "{\"x\": 1}"), ("points", "[{y: 1}]", "[{\"y\": 1}]"), ("points", "[{x: \"1\"}]", "[{\"x\": \"1\"}]"), ("points", "[null]", "[null]"),
        ("when", "{any: [1]}", "{\"any\": [1]}"),
        ("oldField", "\"x\"", "\"x\""),
    ];

    /// <summary>Stricter variable types, tried with every JSON value, in positions that accept them.</summary>
    private static readonly (string Type, string Field)[] StrictVariableTypes =
    [
        ("[Int]!", "echoIntList"), ("[[Int!]]", "echoMatrix"), ("[[Int]!]!", "echoMatrix"), ("[Color!]!", "echoColors"), ("Int!", "echoInt"), ("Color!", "echoColor"),
    ];

    public static IEnumerable<ConformanceCase> All()
    {
        foreach (var (type, field) in StrictVariableTypes)
        {
            foreach (var json in JsonValues)
            {
                yield return Execution($"variable {json} as {type}", $"query ($v: {type}) {{ {field}(value: $v) }}", $$"""{ "v": {{json}} }""");
            }
        }

        foreach (var variableType in VariableTypes)
        {
            foreach (var (field, argument) in ArgumentPositions)
            {
                yield return Execution($"variable of {variableType} into {field}", $"query ($v: {variableType}) {{ {field}({argument}: $v) }}");
                if (!variableType.EndsWith('!'))
                {
                    var defaultValue = variableType.StartsWith('[') ? "[1]" : variableType is "Color" ? "RED" : variableType is "String" or "ID" or "Instant" ? "\"1\"" : "1";
                    yield return Execution(
                        $"variable of {variableType} with default into {field}",
                        $"query ($v: {variableType} = {defaultValue}) {{ {field}({argument}: $v) }}");
                }
            }
        }

        foreach (var (field, literal, json) in InputFieldValues)
        {
            var selection = "{ requiredField nonNullField intField stringField booleanField stringListField matrix nested { requiredField intField nested { intField } } color points { x y } when }";
            var required = field == "requiredField" ? string.Empty : "requiredField: true, ";
            yield return Execution($"input field {field} literal {literal}", $"{{ echoComplex(value: {{{required}{field}: {literal}}}) {selection} }}");
            var requiredJson = field == "requiredField" ? string.Empty : "\"requiredField\": true, ";
            yield return Execution(
                $"input field {field} variable {json}",
                $"query ($v: ComplexInput) {{ echoComplex(value: $v) {selection} }}",
                $$"""{ "v": { {{requiredJson}}"{{field}}": {{json}} } }""");
        }

        foreach (var (type, field) in InputTypes)
        {
            foreach (var literal in Literals)
            {
                yield return Execution($"literal {literal} as {type}", $"{{ {field}(value: {literal}) }}");
            }

            foreach (var json in JsonValues)
            {
                yield return Execution($"variable {json} as {type}", $"query ($v: {type}) {{ {field}(value: $v) }}", $$"""{ "v": {{json}} }""");
            }

            yield return Execution($"variable absent as {type}", $"query ($v: {type}) {{ {field}(value: $v) }}", "{}");
        }

        foreach (var field in OutputFields)
        {
            foreach (var value in ResolvedValues)
            {
                yield return Execution($"resolved {value} as {field}", $"{{ {field} }}", root: $$"""{ "{{field}}": {{value}} }""");
            }
        }

        foreach (var field in "abcdefgh")
        {
            foreach (var value in NestedListValues)
            {
                yield return new ConformanceCase(CaseKind.Execution, $"generated: nested list {field} resolved {value}", NestedListSdl, $"{{ {field} sibling }}")
                {
                    RootValue = $$"""{ "{{field}}": {{value}}, "sibling": 1 }""",
                };
            }
        }

        // The validation error limit (100, then a final "Too many validation errors" error).
        yield return new ConformanceCase(CaseKind.Validation, "generated: more errors than the limit", KitchenSinkSchema.Sdl, "{ " + string.Join(" ", Enumerable.Range(1, 120).Select(i => $"unknown{i}")) + " }");
        yield return new ConformanceCase(CaseKind.Validation, "generated: exactly one hundred errors", KitchenSinkSchema.Sdl, "{ " + string.Join(" ", Enumerable.Range(1, 100).Select(i => $"unknown{i}")) + " }");

        // Parser limits (ParserOptions: depth 64, 15,000 tokens), which graphql-js does not have.
        yield return new ConformanceCase(CaseKind.Syntax, "generated: list literal nested seventy deep", KitchenSinkSchema.Sdl, "{ echoMatrix(value: " + new string('[', 70) + new string(']', 70) + ") }");
        yield return new ConformanceCase(CaseKind.Syntax, "generated: more tokens than the limit", KitchenSinkSchema.Sdl, "{ " + string.Join(" ", Enumerable.Repeat("hello", 15_001)) + " }");

        // Operation types the schema does not have.
        yield return new ConformanceCase(CaseKind.Execution, "generated: mutation without a mutation type", NestedListSdl, "mutation { a }");
        yield return new ConformanceCase(CaseKind.Execution, "generated: subscription without a subscription type", NestedListSdl, "subscription { a }");
        yield return new ConformanceCase(CaseKind.Execution, "generated: named mutation among queries", NestedListSdl, "query Q { sibling } mutation M { sibling }") { OperationName = "M" };

        for (var c = 0; c < 128; c++)
        {
            var character = (char)c;
            if (char.IsLetterOrDigit(character) || character == '_')
            {
                continue;
            }

            yield return new ConformanceCase(CaseKind.Syntax, $"generated: character U+{c:X4} between fields", KitchenSinkSchema.Sdl, $"{{ hello {character} int }}")
            {
                RootValue = KitchenSinkSchema.Root,
            };
        }

        string[] blockStrings =
        [
            "", " ", "\n", "\n\n  \n", "a", "  a", "\n  a\n  b\n", "\n    a\n  b\n    c\n", "\r\n  a\r\n  b\r\n", "\r  a\r\r  b",
            "\t a\n\t b", "a\n  b\n c", "\\\"\"\"", "a \\\"\"\" b", "\\n\\u0041", "\n\n  a\n\n  b\n\n", "  \n  a  \n  ", "\u00e9 😀\n  x",
        ];
        foreach (var block in blockStrings)
        {
            yield return Execution($"block string {block.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)}", $"{{ echoString(value: \"\"\"{block}\"\"\") }}");
        }

        foreach (var escape in "abcdefghijklmnopqrstuvwxyz\"\\/'0 ")
        {
            yield return Execution($"string escape {escape}", $"{{ echoString(value: \"a\\{escape}b\") }}");
        }
    }

    private static ConformanceCase Execution(string name, string query, string? variables = null, string root = KitchenSinkSchema.Root)
        => new(CaseKind.Execution, "generated: " + name, KitchenSinkSchema.Sdl, query) { Variables = variables, RootValue = root };
}
