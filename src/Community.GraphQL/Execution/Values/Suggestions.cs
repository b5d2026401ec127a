namespace Community.GraphQL.Execution.Values;

/// <summary>"Did you mean" hints for misspelled names, with graphql-js's distance threshold and wording.</summary>
internal static class Suggestions
{
    private const int MaxSuggestions = 5;

    /// <summary><c> Did you mean "a"?</c>, or with <paramref name="subject"/>: <c> Did you mean the enum value "A"?</c>; empty when nothing is close.</summary>
    public static string DidYouMean(string input, IEnumerable<string> options, string? subject = null)
    {
        var matches = SuggestionList(input, options);
        if (matches.Count == 0)
        {
            return string.Empty;
        }

        var quoted = matches.Take(MaxSuggestions).Select(m => $"\"{m}\"").ToList();
        var text = quoted.Count switch
        {
            1 => quoted[0],
            2 => $"{quoted[0]} or {quoted[1]}",
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1],
        };
        return subject is null ? $" Did you mean {text}?" : $" Did you mean {subject} {text}?";
    }

    public static IReadOnlyList<string> SuggestionList(string input, IEnumerable<string> options)
    {
        var scored = new List<(string Option, int Distance)>();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var lowerInput = input.ToLowerInvariant();
        foreach (var option in options)
        {
            var distance = lowerInput == option.ToLowerInvariant() ? 1 : Distance(lowerInput, option.ToLowerInvariant());
            if (input == option)
            {
                distance = 0;
            }

            if (distance <= threshold)
            {
                scored.Add((option, distance));
            }
        }

        return scored
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Option, StringComparer.Ordinal)
            .Select(s => s.Option)
            .ToList();
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).</summary>
    private static int Distance(string a, string b)
    {
        if (a.Length > 64 || b.Length > 64)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
