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

    /// <summary>The reason in words; nesting follows the fields' nesting, which the parser bounds.</summary>
    public string Describe() => Message ?? string.Join(
        " and ",
        SubReasons.Select(sub => $"subfields \"{sub.ResponseName}\" conflict because {sub.Describe()}"));
}
