using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Community.GraphQL.Tests.Conformance.Cases;

/// <summary>
/// The documents of the validation rule tests (tests/Community.GraphQL.Tests/Validation), read from
/// their sources, each run through every rule against the validation tests' schema (validation
/// only: that schema has no root value or event streams to execute against). Documents built
/// by interpolation are left out; nothing is harvested when the sources are not at hand.
/// </summary>
internal static partial class HarvestedValidationCases
{
    public static IEnumerable<ConformanceCase> All()
    {
        if (RepositoryPaths.TryRoot is not { } root)
        {
            yield break;
        }

        var folder = Path.Combine(root, "tests", "Community.GraphQL.Tests", "Validation");
        foreach (var file in Directory.GetFiles(folder, "*RuleTests.cs").Order(StringComparer.Ordinal))
        {
            var source = File.ReadAllText(file);
            foreach (Match match in Document().Matches(source))
            {
                var document = match.Groups["raw"].Success ? RawString(match.Groups["raw"].Value, match.Groups["indent"].Value) : Unescape(match.Groups["plain"].Value);
                yield return new ConformanceCase(
                    CaseKind.Validation,
                    $"harvested: {Path.GetFileNameWithoutExtension(file).Replace("RuleTests", string.Empty, StringComparison.Ordinal)} {ShortHash(document)}",
                    Community.GraphQL.Tests.Validation.TestSchema.Sdl,
                    document) { ValidateOnly = true };
            }
        }
    }

    /// <summary>Names a document by its content, so the names stay put when tests are added around it.</summary>
    private static string ShortHash(string document)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)))[..8];

    /// <summary>A raw string literal's text: its lines without the closing delimiter's indentation.</summary>
    private static string RawString(string body, string indent)
        => string.Join("\n", body.Split('\n').Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line.TrimStart()));

    private static string Unescape(string literal)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length)
            {
                builder.Append(literal[i]);
                continue;
            }

            var escaped = literal[++i];
            builder.Append(escaped switch
            {
                'n' => "\n",
                't' => "\t",
                'r' => "\r",
                'u' => ((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)).ToString(),
                _ => escaped.ToString(),
            });
            if (escaped == 'u')
            {
                i += 4;
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("""Expect(?:Valid|Errors)\(\s*Rule,\s*(?:"{3}\r?\n(?<raw>.*?)\r?\n(?<indent>[ \t]*)"{3}|"(?<plain>(?:[^"\\\r\n]|\\.)*)")""", RegexOptions.Singleline)]
    private static partial Regex Document();
}
