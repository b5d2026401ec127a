using Community.GraphQL.Language;
using Community.GraphQL.Tests.Snapshots;

namespace Community.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    private static string Reprint(string source) => Printer.Print(Parser.Parse(source));

    [Theory]
    [InlineData("query { id, name }", "{\n  id\n  name\n}")]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S($g: ID) { a }", "subscription S($g: ID) {\n  a\n}")]
    [InlineData("query Q($a: Int = 1 @d, $b: [String!]!) @op { a }", "query Q($a: Int = 1 @d, $b: [String!]!) @op {\n  a\n}")]
    public void Prints_operations_with_the_query_shorthand_only_when_nothing_is_lost(string source, string expected)
        => Assert.Equal(expected, Reprint(source));

    [Theory]
    [InlineData("{ alias: f(a: 1, b: \"x\") @d @e { g } }", "{\n  alias: f(a: 1, b: \"x\") @d @e {\n    g\n  }\n}")]
    [InlineData("{ ... on T @d { a } ... { b } ...F @x }", "{\n  ... on T @d {\n    a\n  }\n  ... {\n    b\n  }\n  ...F @x\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("fragment F on T { a }", "fragment F on T {\n  a\n}")]
    [InlineData("{ f(a: [1, 2.5, \"s\", true, null, E, $v, {x: 1, y: []}, {}]) }", "{\n  f(a: [1, 2.5, \"s\", true, null, E, $v, { x: 1, y: [] }, {  }])\n}")]
    [InlineData("{ f(a: \"\"\"  hi\"\"\") }", "{\n  f(a: \"\"\"  hi\"\"\")\n}")]
    [InlineData("{ a } { b }", "{\n  a\n}\n\n{\n  b\n}")]
    public void Prints_selections_fragments_and_values(string source, string expected)
        => Assert.Equal(expected, Reprint(source));

    // September 2025 edition, 2.2: descriptions on operations, fragments and variable definitions.
    [Theory]
    [InlineData("\"Finds a post.\" query Q { a }", "\"Finds a post.\"\nquery Q {\n  a\n}")]
    [InlineData("\"Anonymous, yet described.\" query { a }", "\"Anonymous, yet described.\"\nquery {\n  a\n}")]
    [InlineData("\"\"\"Post fields.\"\"\" fragment F on Post { a }", "\"\"\"Post fields.\"\"\"\nfragment F on Post {\n  a\n}")]
    [InlineData("query Q(\"The id.\" $id: ID!, $n: Int) { a }", "query Q(\n\"The id.\"\n$id: ID!\n$n: Int\n) {\n  a\n}")]
    public void Prints_descriptions_of_executable_definitions(string source, string expected)
        => Assert.Equal(expected, Reprint(source));

    [Fact]
    public void Breaks_lists_and_objects_one_item_per_line_past_80_characters()
    {
        var items = string.Join(", ", Enumerable.Range(0, 12).Select(i => $"\"item{i}\""));
        Assert.Equal(
            "{\n  f(\n    a: [\n      " + string.Join("\n      ", Enumerable.Range(0, 12).Select(i => $"\"item{i}\"")) + "\n    ]\n  )\n}",
            Reprint($"{{ f(a: [{items}]) }}"));
    }

    [Fact]
    public void Breaks_field_arguments_one_per_line_past_80_characters()
    {
        string printed = Reprint("{ f(argumentNumberOne: \"aaaaaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbb\") { x } }");

        Assert.Equal(
            "{\n  f(\n    argumentNumberOne: \"aaaaaaaaaaaaaaaaaa\"\n    argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbb\"\n  ) {\n    x\n  }\n}",
            printed);
    }

    [Fact]
    public void Keeps_field_arguments_on_one_line_up_to_80_characters()
    {
        // f(a: "...") is exactly 80 characters.
        string argument = new string('x', 80 - "f(a: \"\")".Length);
        Assert.Equal($"{{\n  f(a: \"{argument}\")\n}}", Reprint($"{{ f(a: \"{argument}\") }}"));
    }

    [Theory]
    [InlineData("\"desc\" type A implements B & C @d { \"f desc\" f(a: Int = 1): [A!]! @deprecated }", "\"desc\"\ntype A implements B & C @d {\n  \"f desc\"\n  f(a: Int = 1): [A!]! @deprecated\n}")]
    [InlineData("type A { f(\"d\" a: Int, b: Int): Int }", "type A {\n  f(\n    \"d\"\n    a: Int\n    b: Int\n  ): Int\n}")]
    [InlineData("type A", "type A")]
    [InlineData("interface I implements J @d { f: Int }", "interface I implements J @d {\n  f: Int\n}")]
    [InlineData("directive @d(a: Int) repeatable on FIELD | OBJECT", "directive @d(a: Int) repeatable on FIELD | OBJECT")]
    [InlineData("directive @d(\"arg\" a: Int) on FIELD", "directive @d(\n  \"arg\"\n  a: Int\n) on FIELD")]
    [InlineData("union U @d = | A | B", "union U @d = A | B")]
    [InlineData("union U", "union U")]
    [InlineData("enum E { A B @deprecated }", "enum E {\n  A\n  B @deprecated\n}")]
    [InlineData("input I { a: Int = 1 @d, b: [Int] = [1, 2] }", "input I {\n  a: Int = 1 @d\n  b: [Int] = [1, 2]\n}")]
    [InlineData("scalar S @specifiedBy(url: \"u\")", "scalar S @specifiedBy(url: \"u\")")]
    [InlineData("\"d\" schema @d { query: Q mutation: M subscription: S }", "\"d\"\nschema @d {\n  query: Q\n  mutation: M\n  subscription: S\n}")]
    [InlineData("extend schema @d", "extend schema @d")]
    [InlineData("extend schema { query: Q }", "extend schema {\n  query: Q\n}")]
    [InlineData("extend scalar S @d", "extend scalar S @d")]
    [InlineData("extend type T implements I", "extend type T implements I")]
    [InlineData("extend type T @d { f: Int }", "extend type T @d {\n  f: Int\n}")]
    [InlineData("extend interface I implements J { f: Int }", "extend interface I implements J {\n  f: Int\n}")]
    [InlineData("extend union U = A", "extend union U = A")]
    [InlineData("extend enum E { X }", "extend enum E {\n  X\n}")]
    [InlineData("extend input I @d", "extend input I @d")]
    public void Prints_type_system_definitions_and_extensions(string source, string expected)
        => Assert.Equal(expected, Reprint(source));

    [Fact]
    public void Prints_block_descriptions_indented_with_their_definition()
    {
        string source = "type A {\n  \"\"\"\n  multi\n  line\n  \"\"\"\n  f: Int\n}";
        Assert.Equal(source, Reprint(source));
        Assert.Equal("\"\"\"\nline1\nline2\n\"\"\"\ntype A", Reprint("\"\"\"\nline1\nline2\n\"\"\"\ntype A"));
    }

    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u0001\u001F", "\"\\u0000\\u0001\\u001F\"")]
    [InlineData("\u007F\u0080\u009F", "\"\\u007F\\u0080\\u009F\"")]
    [InlineData("\u00A0é\u2028\U0001F600", "\"\u00A0é\u2028\U0001F600\"")]
    [InlineData("/", "\"/\"")]
    public void Print_string_escapes_quotes_backslashes_and_control_characters(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
        var token = Lexer.Tokenize(expected)[0];
        Assert.Equal(value, token.Value);
    }

    [Fact]
    public void Prints_nodes_built_in_code_without_locations()
    {
        var field = new FieldNode
        {
            Name = new NameNode("posts"),
            Arguments = [new ArgumentNode { Name = new NameNode("first"), Value = new IntValueNode { Value = "10" } }],
            SelectionSet = new SelectionSetNode { Selections = [new FieldNode { Name = new NameNode("id") }] },
        };
        Assert.Equal("posts(first: 10) {\n  id\n}", Printer.Print(field));
        Assert.Equal("[Post!]!", Printer.Print(new NonNullTypeNode { Type = new ListTypeNode { Type = new NonNullTypeNode { Type = new NamedTypeNode { Name = new NameNode("Post") } } } }));
    }

    [Fact]
    public void Refuses_trees_built_in_code_deeper_than_its_limit()
    {
        TypeNode type = new NamedTypeNode { Name = new NameNode("Int") };
        for (int i = 0; i < 100_000; i++)
        {
            type = new ListTypeNode { Type = type };
        }

        Assert.Throws<InvalidOperationException>(() => Printer.Print(type));
    }

    [Fact]
    public void Prints_the_kitchen_sink_query()
        => Snapshot.Match(Reprint(KitchenSink.Query));

    [Fact]
    public void Prints_the_kitchen_sink_schema()
        => Snapshot.Match(Reprint(KitchenSink.Schema));

    [Theory]
    [InlineData(nameof(KitchenSink.Query))]
    [InlineData(nameof(KitchenSink.Schema))]
    public void Printing_round_trips_the_kitchen_sinks(string which)
    {
        string source = which == nameof(KitchenSink.Query) ? KitchenSink.Query : KitchenSink.Schema;
        var document = Parser.Parse(source);

        string printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        SyntaxComparer.AssertEqual(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Printing_round_trips_random_samples_of_valid_documents()
    {
        // Every definition of both kitchen sinks, alone and in random pairs.
        var definitions = Parser.Parse(KitchenSink.Query).Definitions.Concat(Parser.Parse(KitchenSink.Schema).Definitions).ToList();
        var random = new Random(3);
        for (int sample = 0; sample < 200; sample++)
        {
            var document = new DocumentNode { Definitions = [definitions[random.Next(definitions.Count)], definitions[random.Next(definitions.Count)]] };
            string printed = Printer.Print(document);
            var reparsed = Parser.Parse(printed);
            SyntaxComparer.AssertEqual(document, reparsed);
            Assert.Equal(printed, Printer.Print(reparsed));
        }
    }
}
