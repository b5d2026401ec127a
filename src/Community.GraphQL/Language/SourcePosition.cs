namespace Community.GraphQL.Language;

/// <summary>Turns an offset of a source into a 1-based line and column, as graphql-js's <c>getLocation</c>.</summary>
internal static class SourcePosition
{
    /// <summary>Line terminators are LF, CR and CRLF; the column counts UTF-16 code units. Never throws: the offset is clamped.</summary>
    public static SourceLocation GetLocation(string body, int position)
    {
        position = Math.Clamp(position, 0, body.Length);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position; i++)
        {
            char c = body[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\r')
            {
                if (i + 1 < body.Length && body[i + 1] == '\n')
                {
                    i++;
                    if (i >= position)
                    {
                        break;
                    }
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(line, position - lineStart + 1);
    }
}
