using System.Text;

namespace Community.GraphQL.Language;

/// <summary>
/// Block strings (spec section 2.9.4): the BlockStringValue dedent algorithm and printing a value
/// back as a block string, as graphql-js's <c>blockString.ts</c>.
/// </summary>
public static class BlockString
{
    /// <summary>
    /// BlockStringValue(rawValue): splits on line terminators, removes the common indentation of
    /// every line but the first, drops leading and trailing blank lines, joins with LF.
    /// </summary>
    public static string Dedent(string rawValue)
    {
        ArgumentNullException.ThrowIfNull(rawValue);
        return DedentLines(SplitLines(rawValue));
    }

    internal static string DedentLines(IReadOnlyList<string> lines)
    {
        int commonIndent = int.MaxValue;
        int firstNonEmpty = -1;
        int lastNonEmpty = -1;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonEmpty < 0)
            {
                firstNonEmpty = i;
            }

            lastNonEmpty = i;
            if (i != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        if (firstNonEmpty < 0)
        {
            return string.Empty;
        }

        var result = new StringBuilder();
        for (int i = firstNonEmpty; i <= lastNonEmpty; i++)
        {
            if (i > firstNonEmpty)
            {
                result.Append('\n');
            }

            string line = lines[i];
            if (i == 0 || commonIndent == int.MaxValue)
            {
                result.Append(line);
            }
            else if (line.Length > commonIndent)
            {
                result.Append(line, commonIndent, line.Length - commonIndent);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Prints <paramref name="value"/> as a block string whose BlockStringValue is
    /// <paramref name="value"/> again where possible: <c>"""</c> escaped, and leading and trailing
    /// new lines added when the value spans lines, is long, or ends with a quote or a backslash.
    /// </summary>
    public static string Print(string value, bool minimize = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        var lines = SplitLines(escaped);
        bool isSingleLine = lines.Count == 1;

        bool forceLeadingNewLine = lines.Count > 1;
        for (int i = 1; i < lines.Count && forceLeadingNewLine; i++)
        {
            forceLeadingNewLine = lines[i].Length == 0 || IsWhiteSpace(lines[i][0]);
        }

        bool hasTrailingTripleQuotes = escaped.EndsWith("\\\"\"\"", StringComparison.Ordinal);
        bool hasTrailingQuote = value.EndsWith('"') && !hasTrailingTripleQuotes;
        bool hasTrailingSlash = value.EndsWith('\\');
        bool forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash;
        bool printAsMultipleLines = !minimize
            && (!isSingleLine || value.Length > 70 || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes);

        var result = new StringBuilder("\"\"\"");
        bool skipLeadingNewLine = isSingleLine && value.Length > 0 && IsWhiteSpace(value[0]);
        if ((printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine)
        {
            result.Append('\n');
        }

        result.Append(escaped);
        if (printAsMultipleLines || forceTrailingNewLine)
        {
            result.Append('\n');
        }

        return result.Append("\"\"\"").ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int lineStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                lines.Add(text.Substring(lineStart, i - lineStart));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineStart = i + 1;
            }
        }

        lines.Add(text.Substring(lineStart));
        return lines;
    }

    private static int LeadingWhiteSpace(string line)
    {
        int i = 0;
        while (i < line.Length && IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsWhiteSpace(char c) => c == ' ' || c == '\t';
}
