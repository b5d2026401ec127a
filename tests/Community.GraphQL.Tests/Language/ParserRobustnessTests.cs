using System.Text;
using Community.GraphQL.Language;

namespace Community.GraphQL.Tests.Language;

/// <summary>Hostile and broken input: only <see cref="GraphQLSyntaxException"/> may ever escape the parser.</summary>
public sealed class ParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "&", "|", "...", "..", ".", ",", "#c\n", "\n", "\r\n", "\r", " ",
        "query", "mutation", "subscription", "fragment", "on", "type", "interface", "union", "enum", "input", "scalar",
        "schema", "extend", "directive", "repeatable", "implements", "true", "false", "null", "a", "_b9",
        "0", "-1", "1.5", "1e", "0x", "00", "\"", "\"s\"", "\"\"\"", "\"\"\"b\"\"\"", "\\", "\\u", "\\u{", "\\uD83D", "\uD83D",
        "\uDE00", "\U0001F600", "\uFEFF", "\u0000", "\t", "'", "?", "~", "é",
    ];

    private const string Alphabet = "{}()[]:=@$!&|.\"\\#,\n\r u0123456789abcdefABCDEF";

    [Fact]
    public void Every_truncation_of_the_kitchen_sinks_fails_only_with_syntax_errors()
    {
        foreach (string source in new[] { KitchenSink.Query, KitchenSink.Schema })
        {
            for (int length = 0; length <= source.Length; length++)
            {
                AssertOnlySyntaxErrors(source[..length]);
            }
        }
    }

    [Fact]
    public void Every_truncation_parses_through_value_and_type_entry_points_too()
    {
        const string value = "{a: [1, -2.5e3, \"s\\u{1F600}\", \"\"\"b\"\"\", $v, ENUM, null, true, {b: []}]}";
        const string type = "[[Post!]!]!";
        for (int length = 0; length <= value.Length; length++)
        {
            AssertOnlySyntaxErrors(() => Parser.ParseValue(value[..length]));
            AssertOnlySyntaxErrors(() => Parser.ParseConstValue(value[..length]));
        }

        for (int length = 0; length <= type.Length; length++)
        {
            AssertOnlySyntaxErrors(() => Parser.ParseType(type[..length]));
        }
    }

    [Fact]
    public void Random_token_soup_fails_only_with_syntax_errors()
    {
        var random = new Random(20211026);
        for (int sample = 0; sample < 5_000; sample++)
        {
            var text = new StringBuilder();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) == 0)
                {
                    text.Append(' ');
                }
            }

            AssertOnlySyntaxErrors(text.ToString());
        }
    }

    [Fact]
    public void Random_characters_fail_only_with_syntax_errors()
    {
        var random = new Random(42);
        for (int sample = 0; sample < 5_000; sample++)
        {
            int length = random.Next(0, 60);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x80),
                    1 => Alphabet[random.Next(Alphabet.Length)],
                    2 => (char)random.Next(0xD7F0, 0xE010),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            AssertOnlySyntaxErrors(new string(chars));
        }
    }

    [Fact]
    public void Mutations_of_the_kitchen_sink_fail_only_with_syntax_errors()
    {
        var random = new Random(7);
        string source = KitchenSink.Query + "\n" + KitchenSink.Schema;
        for (int sample = 0; sample < 2_000; sample++)
        {
            var text = new StringBuilder(source);
            for (int edit = 0; edit < 3; edit++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                        break;
                    default:
                        text[at] = (char)random.Next(0x20, 0x7F);
                        break;
                }
            }

            AssertOnlySyntaxErrors(text.ToString());
        }
    }

    [Fact]
    public void Random_documents_with_tiny_limits_fail_only_with_syntax_errors()
    {
        var options = new ParserOptions { MaxDepth = 2, MaxTokens = 20, MaxLength = 200 };
        var random = new Random(11);
        for (int sample = 0; sample < 2_000; sample++)
        {
            int start = random.Next(KitchenSink.Query.Length);
            int length = random.Next(0, Math.Min(300, KitchenSink.Query.Length - start));
            AssertOnlySyntaxErrors(() => Parser.Parse(KitchenSink.Query.Substring(start, length), options));
        }
    }

    private static void AssertOnlySyntaxErrors(string source)
    {
        AssertOnlySyntaxErrors(() => Parser.Parse(source));
        AssertOnlySyntaxErrors(() => Lexer.Tokenize(source));
    }

    private static void AssertOnlySyntaxErrors(Action parse)
    {
        try
        {
            parse();
        }
        catch (GraphQLSyntaxException exception)
        {
            var error = Assert.Single(exception.Errors);
            Assert.StartsWith("Syntax Error: ", error.Message);
            var location = Assert.Single(error.Locations!);
            Assert.True(location.Line >= 1 && location.Column >= 1, $"Bad location {location} for {error.Message}");
        }
    }
}
