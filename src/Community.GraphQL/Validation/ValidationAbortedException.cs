namespace Community.GraphQL.Validation;

/// <summary>Unwinds the validator's walk once the error limit is reached; never leaves <see cref="DocumentValidator"/>.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }
}
