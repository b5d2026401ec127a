namespace Community.GraphQL.Types;

/// <summary>
/// "Did you mean" hints for unknown names, as graphql-js's <c>didYouMean</c> and
/// <c>suggestionList</c> give them: close names by edit distance (a case change counts as one),
/// at most five, closest first.
/// </summary>
internal static class NameSuggestions
{
    private const int MaxSuggestions = 5;

    /// <summary><c> Did you mean "A" or "B"?</c>, or an empty string when nothing is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options)
    {
        var suggestions = Suggest(input, options);
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var quoted = suggestions.Select(s => $"\"{s}\"").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return $" Did you mean {list}?";
    }

    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        var threshold = (input.Length * 4 / 10) + 1;
        return options
            .Distinct(StringComparer.Ordinal)
            .Select(option => (Option: option, Distance: Distance(input, option)))
            .Where(x => x.Distance <= threshold)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Option, StringComparer.OrdinalIgnoreCase)
            .Select(x => x.Option)
            .Take(MaxSuggestions)
            .ToList();
    }

    private static int Distance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var left = a.ToLowerInvariant();
        var right = b.ToLowerInvariant();
        if (left == right)
        {
            return 1;
        }

        // Optimal string alignment distance (insert, delete, substitute, transpose).
        var rows = new int[left.Length + 1, right.Length + 1];
        for (var i = 0; i <= left.Length; i++)
        {
            rows[i, 0] = i;
        }

        for (var j = 0; j <= right.Length; j++)
        {
            rows[0, j] = j;
        }

        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(rows[i - 1, j] + 1, rows[i, j - 1] + 1), rows[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    best = Math.Min(best, rows[i - 2, j - 2] + 1);
                }

                rows[i, j] = best;
            }
        }

        return rows[left.Length, right.Length];
    }
}
