using System.Text.RegularExpressions;
using Community.Domain.Model;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Community.Domain.Text;

/// <summary>
/// Finds <c>@handle</c> mentions in a Markdown body. Only prose counts: a handle inside code,
/// a link target or an e-mail address is not a mention.
/// </summary>
public static partial class MentionParser
{
    public static IReadOnlySet<string> Parse(string markdown)
    {
        var handles = new HashSet<string>(StringComparer.Ordinal);
        var document = Markdown.Parse(markdown);
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            if (literal.Parent is LinkInline { IsAutoLink: true })
            {
                continue;
            }

            foreach (Match match in Mention().Matches(literal.Content.ToString()))
            {
                handles.Add(match.Groups["handle"].Value.ToLowerInvariant().TrimEnd('.', '-', '_'));
            }
        }

        return handles;
    }

    [GeneratedRegex(@"(?<![\w@.])@(?<handle>" + MemberHandle.Pattern + ")", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
