namespace Community.GraphQL.Language;

/// <summary>GraphQL names (spec section 2.1.9, Names).</summary>
public static class Names
{
    /// <summary>True when <paramref name="name"/> matches <c>/^[_A-Za-z][_0-9A-Za-z]*$/</c>; null and empty are not names.</summary>
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name) || !IsNameStart(name[0]))
        {
            return false;
        }

        for (int i = 1; i < name.Length; i++)
        {
            if (!IsNameStart(name[i]) && name[i] is not (>= '0' and <= '9'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameStart(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';
}
