namespace Community.GraphQL.Validation;

/// <summary>
/// Picks, from known names, those close enough to a mistyped one to suggest (as graphql-js's
/// suggestionList): the optimal-string-alignment distance, case-insensitive, within 40% of the
/// input's length, best first, ties in natural order.
/// </summary>
internal static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var inputLower = input.ToLowerInvariant();
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (distances.ContainsKey(option))
            {
                continue;
            }

            var distance = Measure(input, inputLower, option, threshold);
            if (distance is { } value)
            {
                distances[option] = value;
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) =>
        {
            var difference = distances[a] - distances[b];
            return difference != 0 ? difference : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>Orders strings as people read them: runs of digits compare by value ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var startA = i;
                var startB = j;
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var numberA = a.AsSpan(startA, i - startA).TrimStart('0');
                var numberB = b.AsSpan(startB, j - startB).TrimStart('0');
                if (numberA.Length != numberB.Length)
                {
                    return numberA.Length - numberB.Length;
                }

                var order = numberA.SequenceCompareTo(numberB);
                if (order != 0)
                {
                    return order;
                }
            }
            else
            {
                if (a[i] != b[j])
                {
                    return a[i] - b[j];
                }

                i++;
                j++;
            }
        }

        return (a.Length - i) - (b.Length - j);
    }

    private static int? Measure(string input, string inputLower, string option, int threshold)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        if (a.Length - b.Length > threshold)
        {
            return null;
        }

        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[b.Length + 1];
        }

        for (var j = 0; j <= b.Length; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var up = rows[(i - 1) % 3];
            var current = rows[i % 3];
            var smallest = current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var cell = Math.Min(Math.Min(up[j] + 1, current[j - 1] + 1), up[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    cell = Math.Min(cell, rows[(i - 2) % 3][j - 2] + 1);
                }

                smallest = Math.Min(smallest, cell);
                current[j] = cell;
            }

            if (smallest > threshold)
            {
                return null;
            }
        }

        var distance = rows[a.Length % 3][b.Length];
        return distance <= threshold ? distance : null;
    }
}
