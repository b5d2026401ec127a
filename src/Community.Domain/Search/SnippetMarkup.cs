using System.Text;

namespace Community.Domain.Search;

/// <summary>
/// Turns the raw excerpt the index returns into HTML that is safe to render: the index wraps matched
/// words in two private-use characters, and everything else is HTML-escaped before those become
/// <c>&lt;mark&gt;</c> and <c>&lt;/mark&gt;</c>. Marks are always balanced, even should the source
/// text itself contain the private-use characters, so the result is never more than text and marks.
/// </summary>
internal static class SnippetMarkup
{
    /// <summary>Opens a match in the raw excerpt (U+E000).</summary>
    public const char StartMark = '\uE000';

    /// <summary>Closes a match in the raw excerpt (U+E001).</summary>
    public const char EndMark = '\uE001';

    public static string ToHtml(string? raw)
    {
        var html = new StringBuilder();
        var open = false;
        var pendingSpace = false;
        foreach (var c in raw ?? "")
        {
            if (c == StartMark || c == EndMark)
            {
                if (open != (c == StartMark))
                {
                    if (pendingSpace)
                    {
                        html.Append(' ');
                        pendingSpace = false;
                    }

                    html.Append(open ? "</mark>" : "<mark>");
                    open = !open;
                }

                continue;
            }

            // Line breaks and runs of spaces read as one space in an excerpt.
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = html.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                html.Append(' ');
                pendingSpace = false;
            }

            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        if (open)
        {
            html.Append("</mark>");
        }

        return html.ToString();
    }
}
