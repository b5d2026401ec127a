namespace Community.Domain.Errors;

/// <summary>Turns a failed precondition into a <see cref="DomainException"/>.</summary>
internal static class Guard
{
    public static void Against(bool condition, DomainError error)
    {
        if (condition)
        {
            throw new DomainException(error);
        }
    }

    public static string Text(string? value, string field, int maximum, bool required = true)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        Against(required && trimmed.Length == 0, DomainErrors.InvalidInput(field, "a value is required."));
        Against(trimmed.Length > maximum, DomainErrors.InvalidInput(field, $"at most {maximum} characters."));
        return trimmed;
    }
}
