namespace Community.Domain.Errors;

/// <summary>Raised when a domain rule refuses an operation; nothing has been written when it escapes a service.</summary>
public sealed class DomainException(DomainError error) : Exception(error.Message)
{
    public DomainError Error { get; } = error;

    public string Code => Error.Code;
}
