namespace Community.GraphQL.Types;

/// <summary>
/// The schema could not be built: its definitions break the type-system rules. The message
/// lists every error on its own line; <see cref="Errors"/> holds them one by one.
/// </summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<string> errors)
        : base(string.Join('\n', errors)) => Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}
