using System.Text.RegularExpressions;
using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>The shape of a handle, shared by members and by the mention parser.</summary>
public static partial class MemberHandle
{
    /// <summary>Letters, digits, dots, dashes and underscores; starts with a letter or digit.</summary>
    public const string Pattern = "[a-z0-9][a-z0-9._-]{0,63}";

    public static string Normalize(string handle)
    {
        var text = (handle ?? string.Empty).Trim().TrimStart('@').ToLowerInvariant();
        Guard.Against(!Valid().IsMatch(text), DomainErrors.InvalidInput(
            nameof(Member.Handle), "use 1 to 64 letters, digits, dots, dashes or underscores, starting with a letter or digit."));
        return text;
    }

    [GeneratedRegex("^" + Pattern + "$")]
    private static partial Regex Valid();
}
