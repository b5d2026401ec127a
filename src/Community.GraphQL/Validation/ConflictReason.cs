namespace Community.GraphQL.Validation;

/// <summary>
/// Why two fields of the same response name cannot be merged: a reason of their own, or the
/// conflicts found among their subfields.
/// </summary>
internal sealed class ConflictReason
{
    public ConflictReason(string responseName, string message)
    {
        ResponseName = responseName;
        Message = message;
        SubReasons = [];
    }

    public ConflictReason(string responseName, IReadOnlyList<ConflictReason> subReasons)
    {
        ResponseName = responseName;
        SubReasons = subReasons;
    }

    public string ResponseName { get; }

    public string? Message { get; }

    public IReadOnlyList<ConflictReason> SubReasons { get; }

    /// <summary>Longest name or reason a message repeats before cutting it short, as graphql-js 17 does.</summary>
    public const int MaxDetailLength = 1000;

    /// <summary>
    /// The reason in words, at most <see cref="MaxDetailLength"/> characters (and "...") of it;
    /// nesting follows the fields' nesting, which the parser bounds.
    /// </summary>
    public string Describe()
    {
        if (Message is not null)
        {
            return Message;
        }

        var message = new System.Text.StringBuilder();
        foreach (var sub in SubReasons)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append($"subfields \"{Abbreviate(sub.ResponseName)}\" conflict because {sub.Describe()}");
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }

        return Abbreviate(message.ToString());
    }

    /// <summary>The text, or its first <see cref="MaxDetailLength"/> characters and "..." when longer.</summary>
    public static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;
}
