using System.Text;

namespace Community.GraphQL.Types;

/// <summary>How CLR names become GraphQL names: members in camelCase, enum values in SCREAMING_CASE.</summary>
internal static class NameConventions
{
    /// <summary><c>Title</c> → <c>title</c>, <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string ToFieldName(string clrName)
    {
        if (clrName.Length == 0 || !char.IsUpper(clrName[0]))
        {
            return clrName;
        }

        var upper = 0;
        while (upper < clrName.Length && char.IsUpper(clrName[upper]))
        {
            upper++;
        }

        // Lower the leading acronym but keep the capital that starts the next word.
        var lowered = upper == clrName.Length || upper == 1 ? upper : upper - 1;
        return clrName[..lowered].ToLowerInvariant() + clrName[lowered..];
    }

    /// <summary><c>PostKind</c> → <c>POST_KIND</c>, <c>HTMLPage</c> → <c>HTML_PAGE</c>, <c>Item2</c> → <c>ITEM2</c>.</summary>
    public static string ToEnumValueName(string clrName)
    {
        var builder = new StringBuilder(clrName.Length + 4);
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            if (i > 0 && char.IsUpper(c) && clrName[i - 1] != '_')
            {
                var previous = clrName[i - 1];
                var nextIsLower = i + 1 < clrName.Length && char.IsLower(clrName[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    builder.Append('_');
                }
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True when a GraphQL enum value name stands for a CLR member name, ignoring case and underscores.</summary>
    public static bool EnumValueMatches(string graphQLName, string clrName)
        => string.Equals(graphQLName, ToEnumValueName(clrName), StringComparison.Ordinal)
            || string.Equals(graphQLName.Replace("_", string.Empty, StringComparison.Ordinal), clrName.Replace("_", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
}
