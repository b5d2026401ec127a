namespace Community.GraphQL.Types;

/// <summary>
/// Decides whether a string can be printed as a block string that reads back as the same value.
/// Block strings cannot hold control characters or carriage returns (they read back as line
/// feeds), and reading one drops leading and trailing blank lines and the indentation common
/// to every line, so values with any of those print as ordinary quoted strings instead.
/// </summary>
internal static class BlockStringPrintability
{
    public static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        bool lineIsBlank = true;
        bool lineIsIndented = false;
        bool everyLineIndented = true;
        bool hasLineBreak = false;
        foreach (char c in value)
        {
            switch (c)
            {
                case '\r':
                    return false;
                case '\n':
                    if (lineIsBlank && !hasLineBreak)
                    {
                        // The first line is blank: reading the block string back would drop it.
                        return false;
                    }

                    hasLineBreak = true;
                    lineIsBlank = true;
                    lineIsIndented = false;
                    break;
                case ' ' or '\t':
                    lineIsIndented |= lineIsBlank;
                    break;
                case < ' ':
                    return false;
                default:
                    everyLineIndented &= lineIsIndented;
                    lineIsBlank = false;
                    break;
            }
        }

        // A blank last line would be dropped, and indentation common to every line removed.
        return !lineIsBlank && !(everyLineIndented && hasLineBreak);
    }
}
