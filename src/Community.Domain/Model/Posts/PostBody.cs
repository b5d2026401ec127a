using Community.Domain.Errors;

namespace Community.Domain.Model;

/// <summary>The one place that decides whether a Markdown body (of a post or comment) is acceptable.</summary>
public static class PostBody
{
    public const int MaxLength = 20_000;

    public static string Validate(string? body)
    {
        var text = body?.Trim() ?? string.Empty;
        Guard.Against(text.Length == 0, DomainErrors.BodyEmpty());
        Guard.Against(text.Length > MaxLength, DomainErrors.BodyTooLong(text.Length, MaxLength));
        return text;
    }
}
