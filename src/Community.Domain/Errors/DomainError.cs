namespace Community.Domain.Errors;

/// <summary>
/// An expected failure of a domain operation: a stable machine-readable <see cref="Code"/>
/// (see <see cref="DomainErrorCodes"/>) and a message that says how to fix the problem.
/// </summary>
public sealed record DomainError(string Code, string Message);
